package org.tvilling.clients.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The server under test: the root build's boot jar, started once for all test classes as a process of its own
 * (the clients know the server only by its URL), in local mode (embedded PostgreSQL with the demo data, the
 * local token issuer) on a random port, with a fresh database under target/. Its output goes to
 * target/server.log. Stopped when the test JVM ends.
 */
public final class TvillingServer implements ExecutionCondition, BeforeAllCallback {

    private static final Pattern STARTED = Pattern.compile("Tomcat started on port (\\d+)");

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private static String baseUrl;

    /** As root the server's embedded PostgreSQL refuses to start: the client tests are then skipped, loudly. */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (!"root".equals(System.getProperty("user.name"))) {
            return ConditionEvaluationResult.enabled("not root");
        }
        String reason = "SKIPPED: the server's embedded PostgreSQL refuses to run as root, so the client tests do not"
                + " run; run ./mvnw verify as a normal user (.ci/run does)";
        System.err.println("WARNING " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        start();
    }

    /** The server's root URL, {@code http://localhost:<port>}: the {@code origin} of every spec's server. */
    public static synchronized String baseUrl() {
        if (baseUrl == null) {
            start();
        }
        return baseUrl;
    }

    /** A token of the local issuer for a demo client (README, "Demo clients"; each secret is id + "-secret"). */
    public static String token(String clientId, String... scopes) {
        String form = "grant_type=client_credentials"
                + (scopes.length == 0
                        ? ""
                        : "&scope=" + URLEncoder.encode(String.join(" ", scopes), StandardCharsets.UTF_8));
        String basic = Base64.getEncoder()
                .encodeToString((clientId + ":" + clientId + "-secret").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher token = ACCESS_TOKEN.matcher(response.body());
            if (response.statusCode() != 200 || !token.find()) {
                throw new IllegalStateException("no token for " + clientId + ": " + response.statusCode());
            }
            return token.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized void start() {
        if (baseUrl != null) {
            return;
        }
        Path jar = Path.of(System.getProperty("tvilling.server.jar", "../../target/tvilling-0.1.0-SNAPSHOT.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(
                    "No server jar at " + jar.toAbsolutePath() + ": build the root first (./mvnw package)");
        }
        try {
            Path data = Files.createDirectories(Path.of("target"))
                    .resolve("server-data")
                    .toAbsolutePath();
            deleteRecursively(data);
            Path log = Path.of("target", "server.log").toAbsolutePath();
            Process process = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-jar",
                            jar.toAbsolutePath().toString(),
                            "--server.port=0",
                            "--tvilling.embedded-postgres.data-directory=" + data,
                            "--spring.main.banner-mode=off"))
                    .redirectErrorStream(true)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
            CompletableFuture<Integer> port = new CompletableFuture<>();
            Thread.ofPlatform().daemon().start(() -> copyOutput(process, log, port));
            int started = port.get(180, TimeUnit.SECONDS);
            baseUrl = "http://localhost:" + started;
        } catch (Exception e) {
            throw new IllegalStateException("The server did not start; see target/server.log", e);
        }
    }

    private static void copyOutput(Process process, Path log, CompletableFuture<Integer> port) {
        try (BufferedReader output =
                        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter file = new PrintWriter(Files.newBufferedWriter(log), true)) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                file.println(line);
                Matcher started = STARTED.matcher(line);
                if (started.find()) {
                    port.complete(Integer.parseInt(started.group(1)));
                }
            }
            port.completeExceptionally(new IllegalStateException("the server ended: " + process.waitFor()));
        } catch (IOException | InterruptedException e) {
            port.completeExceptionally(e);
        }
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (Files.exists(directory)) {
            try (var paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
