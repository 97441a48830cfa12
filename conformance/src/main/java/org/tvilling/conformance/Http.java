package org.tvilling.conformance;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.tvilling.contract.Answer;
import org.tvilling.contract.ContractCheck;
import org.tvilling.contract.Specs;
import org.tvilling.contract.fuzz.FuzzCase;
import org.tvilling.contract.fuzz.RawHttp;
import org.tvilling.contract.fuzz.RawRequest;

/**
 * The suite's only way to the target: HTTP/1.1, one request at a time per caller, every exchange held to its
 * contract ({@link ContractCheck}) before a check sees it.
 */
public final class Http implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient client;
    private final URI baseUrl;
    private final Map<String, URI> apiBases;
    private final Secrets secrets;

    static {
        // Idle connections are dropped by the client before a server's keep-alive timeout can close them under a
        // request (a server closing first makes the next request on that connection fail unanswered).
        if (System.getProperty("jdk.httpclient.keepalive.timeout") == null) {
            System.setProperty("jdk.httpclient.keepalive.timeout", "5");
        }
    }

    public Http(URI baseUrl, Map<String, URI> apiBases, Secrets secrets) {
        this.baseUrl = withoutTrailingSlash(baseUrl);
        this.apiBases = new LinkedHashMap<>();
        apiBases.forEach((api, url) -> this.apiBases.put(api, withoutTrailingSlash(url)));
        this.secrets = secrets;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    public Secrets secrets() {
        return secrets;
    }

    public URI baseUrl() {
        return baseUrl;
    }

    /**
     * Where an API's operations are: its {@code --api-base}, or the base URL followed by the base path of its
     * contract.
     */
    public URI apiRoot(Specs.Spec spec) {
        URI override = apiBases.get(Apis.name(spec));
        return override != null ? override : URI.create(baseUrl + spec.basePath());
    }

    /** A URL below the base URL, or an absolute one as it is. */
    public URI resolve(String url) {
        return url.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*") ? URI.create(url) : URI.create(baseUrl + url);
    }

    /** Sends a form POST outside every contract (the token endpoint); the answer as status and text. */
    public HttpResponse<String> postForm(URI url, String authorization, String form) throws IOException {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(TIMEOUT)
                .header("Authorization", authorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** Sends one request of a documented operation and holds the exchange to the contract. */
    Exchange send(
            Specs.DocumentedOperation operation,
            String rawPath,
            List<Map.Entry<String, String>> query,
            List<Map.Entry<String, String>> headers,
            String body) {
        String rawQuery = Call.rawQuery(query);
        URI url = URI.create(apiRoot(operation.spec()) + rawPath + (rawQuery.isEmpty() ? "" : "?" + rawQuery));
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(TIMEOUT);
        headers.forEach(header -> request.header(header.getKey(), header.getValue()));
        request.method(
                operation.method(),
                body == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        long start = System.nanoTime();
        Answer answer;
        try {
            HttpResponse<String> response = sendOnce(request.build());
            answer = new Answer(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException | IllegalArgumentException e) {
            return new Exchange(
                    operation.operationId(),
                    operation.method(),
                    url,
                    headers,
                    body,
                    null,
                    List.of("no answer: " + e),
                    List.of(),
                    Duration.ofNanos(System.nanoTime() - start),
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        String contractPath = operation.spec().basePath() + rawPath;
        Optional<ContractCheck.Verdict> verdict =
                ContractCheck.check(validatorRequest(operation, contractPath, query, headers, body), answer);
        if (verdict.isEmpty()) {
            throw new IllegalStateException(
                    "No contract documents " + operation.method() + " " + contractPath + " (a check's mistake)");
        }
        if (!verdict.get().operation().operationId().equals(operation.operationId())) {
            throw new IllegalStateException("%s %s is %s in the contract, not %s"
                    .formatted(
                            operation.method(),
                            contractPath,
                            verdict.get().operation().operationId(),
                            operation.operationId()));
        }
        return new Exchange(
                operation.operationId(),
                operation.method(),
                url,
                headers,
                body,
                answer,
                verdict.get().problems(),
                verdict.get().codes(),
                took,
                null);
    }

    /**
     * Sends a request as raw bytes over a socket (what an HTTP client refuses to send: a malformed escape, control
     * characters in a header value), its target written below the contract's base path, and holds the exchange
     * to the contract; {@code replay} is the request's exact bytes as a shell command.
     */
    public Exchange sendRaw(Specs.DocumentedOperation operation, RawRequest request) {
        URI root = apiRoot(operation.spec());
        if (!"http".equalsIgnoreCase(root.getScheme())) {
            throw new NotRun("raw requests go over a plain socket, and " + root + " is not http");
        }
        int port = root.getPort() != -1 ? root.getPort() : 80;
        String basePath = operation.spec().basePath();
        String rootPath = root.getRawPath() == null ? "" : root.getRawPath();
        RawRequest onTheWire = request.target().startsWith(basePath)
                ? request.withTarget(rootPath + request.target().substring(basePath.length()))
                : request;
        long start = System.nanoTime();
        Answer answer = null;
        List<String> problems = new ArrayList<>();
        List<String> codes = List.of();
        try {
            answer = new RawHttp(root.getHost(), port, TIMEOUT).send(onTheWire);
        } catch (UncheckedIOException noAnswer) {
            problems.add("no answer: " + noAnswer.getCause());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (answer != null) {
            Optional<ContractCheck.Verdict> verdict = ContractCheck.check(request.toValidatorRequest(), answer);
            if (verdict.isPresent()) {
                problems.addAll(verdict.get().problems());
                codes = verdict.get().codes();
            }
        }
        return new Exchange(
                operation.operationId(),
                onTheWire.method(),
                root,
                onTheWire.headers().stream()
                        .map(header -> Map.entry(header.name(), header.text()))
                        .toList(),
                onTheWire.body().length == 0 ? null : new String(onTheWire.body(), StandardCharsets.UTF_8),
                answer,
                List.copyOf(problems),
                codes,
                took,
                FuzzCase.reproducer(onTheWire, root.getHost(), port));
    }

    /**
     * Sends the request, and once more when the connection closed before a single byte of an answer came (a
     * pooled connection the server had just closed: the request was never read).
     */
    private HttpResponse<String> sendOnce(HttpRequest request) throws IOException, InterruptedException {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            if (e.getMessage() == null || !e.getMessage().contains("received no bytes")) {
                throw e;
            }
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    private static Request validatorRequest(
            Specs.DocumentedOperation operation,
            String contractPath,
            List<Map.Entry<String, String>> query,
            List<Map.Entry<String, String>> headers,
            String body) {
        SimpleRequest.Builder request = new SimpleRequest.Builder(operation.method(), contractPath);
        grouped(headers).forEach(request::withHeader);
        grouped(query).forEach(request::withQueryParam);
        if (body != null) {
            request.withBody(body);
        }
        return request.build();
    }

    /** Name → values, in the order given. */
    private static Map<String, List<String>> grouped(List<Map.Entry<String, String>> entries) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        entries.forEach(entry -> grouped.computeIfAbsent(entry.getKey(), name -> new ArrayList<>())
                .add(entry.getValue()));
        return grouped;
    }

    private static URI withoutTrailingSlash(URI url) {
        String text = url.toString();
        return URI.create(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
    }

    @Override
    public void close() {
        client.close();
    }
}
