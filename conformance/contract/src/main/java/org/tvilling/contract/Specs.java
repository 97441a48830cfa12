package org.tvilling.contract;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.servers.ServerVariable;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The contracts of api-specs/ and the operations they document, read once per JVM. The server's tests read
 * them from the {@code api-specs} directory of the checkout; a packaged tool (the conformance suite) from the
 * classpath, where {@code api-specs/index.txt} names the files. The system property {@code tvilling.api-specs}
 * points at another directory.
 */
public final class Specs {

    public static final String DIRECTORY_PROPERTY = "tvilling.api-specs";

    /** On the classpath: one spec file name per line, the files beside it. */
    public static final String CLASSPATH_INDEX = "api-specs/index.txt";

    private static final Pattern PARAMETER = Pattern.compile("\\{[^}/]+}");

    private static final List<Spec> ALL = load();

    /** Every operation, literal paths before templated ones, so that {@code /logout} wins over {@code /logout/{token}}. */
    private static final List<DocumentedOperation> BY_SPECIFICITY = ALL.stream()
            .flatMap(spec -> spec.operations().stream())
            .sorted(Comparator.comparingLong(operation ->
                    operation.pathTemplate().chars().filter(c -> c == '{').count()))
            .toList();

    private Specs() {}

    public static List<Spec> all() {
        return ALL;
    }

    /** The spec with this file name (e.g. {@code star-virksomhedlogin.yaml}). */
    public static Spec named(String name) {
        return ALL.stream()
                .filter(spec -> spec.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No contract named " + name));
    }

    /** The documented operation a request went to, if any spec documents it; {@code path} is the raw path. */
    public static Optional<DocumentedOperation> find(String method, String path) {
        return BY_SPECIFICITY.stream()
                .filter(operation -> operation.method().equalsIgnoreCase(method)
                        && operation.pathPattern().matcher(path).matches())
                .findFirst();
    }

    /**
     * One documented response: a status, and the error codes listed for it ({@code x-error-codes}), empty
     * when it lists none.
     */
    public record DocumentedResponse(int status, List<String> codes) {}

    /**
     * One operation of a contract.
     *
     * @param pathTemplate the path below the server's root, the contract's base path included
     * @param model the operation as the contract writes it
     * @param responses the documented responses, {@code default} (the unexpected 500) left out
     */
    public record DocumentedOperation(
            Spec spec,
            String operationId,
            String method,
            String pathTemplate,
            Pattern pathPattern,
            Operation model,
            List<DocumentedResponse> responses) {

        public boolean documents(int status) {
            return responses.stream().anyMatch(response -> response.status() == status);
        }
    }

    /**
     * One contract.
     *
     * @param name its file name
     * @param text the file's text, as read
     * @param basePath the path of its first server's URL (variables at their defaults)
     */
    public record Spec(
            String name, String text, String basePath, OpenAPI model, List<DocumentedOperation> operations) {}

    private static List<Spec> load() {
        Path directory = Path.of(System.getProperty(DIRECTORY_PROPERTY, "api-specs"));
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                return files.filter(file -> file.toString().endsWith(".yaml"))
                        .sorted()
                        .map(file -> read(file.getFileName().toString(), text(file)))
                        .toList();
            } catch (IOException e) {
                throw new UncheckedIOException("The contracts could not be read from " + directory.toAbsolutePath(), e);
            }
        }
        String index = resource(CLASSPATH_INDEX)
                .orElseThrow(() -> new IllegalStateException("No contracts: neither " + directory.toAbsolutePath()
                        + " nor " + CLASSPATH_INDEX + " on the classpath"));
        return index.lines()
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .sorted()
                .map(name -> read(
                        name,
                        resource("api-specs/" + name)
                                .orElseThrow(() -> new IllegalStateException(
                                        CLASSPATH_INDEX + " names " + name + ", which is not on the classpath"))))
                .toList();
    }

    private static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = Specs.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Spec read(String name, String text) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
        if (result.getOpenAPI() == null || !result.getMessages().isEmpty()) {
            throw new IllegalStateException(name + " is not a valid OpenAPI document: " + result.getMessages());
        }
        OpenAPI model = result.getOpenAPI();
        String basePath = basePath(model.getServers().getFirst());
        List<DocumentedOperation> operations = new ArrayList<>();
        Spec spec = new Spec(name, text, basePath, model, operations);
        model.getPaths()
                .forEach((template, item) -> item.readOperationsMap()
                        .forEach((method, operation) ->
                                operations.add(operation(spec, basePath + template, method, operation))));
        return spec;
    }

    /** The path of a server URL, its variables at their defaults: {@code /star} of {@code {root}/star}. */
    static String basePath(Server server) {
        String url = server.getUrl();
        if (server.getVariables() != null) {
            for (Map.Entry<String, ServerVariable> variable :
                    server.getVariables().entrySet()) {
                url = url.replace(
                        "{" + variable.getKey() + "}", variable.getValue().getDefault());
            }
        }
        String path = URI.create(url).getRawPath();
        return path == null || path.equals("/") ? "" : path.replaceAll("/$", "");
    }

    private static DocumentedOperation operation(
            Spec spec, String template, PathItem.HttpMethod method, Operation operation) {
        List<DocumentedResponse> responses = new ArrayList<>();
        operation.getResponses().forEach((status, response) -> {
            if (!status.equals("default")) {
                responses.add(new DocumentedResponse(Integer.parseInt(status), codes(response)));
            }
        });
        return new DocumentedOperation(
                spec,
                operation.getOperationId(),
                method.name(),
                template,
                pathPattern(template),
                operation,
                List.copyOf(responses));
    }

    /** The path template as a regular expression: literal text quoted, each {parameter} one segment. */
    private static Pattern pathPattern(String template) {
        StringBuilder regex = new StringBuilder();
        Matcher parameter = PARAMETER.matcher(template);
        int literalStart = 0;
        while (parameter.find()) {
            regex.append(Pattern.quote(template.substring(literalStart, parameter.start())))
                    .append("[^/]+");
            literalStart = parameter.end();
        }
        return Pattern.compile(
                regex.append(Pattern.quote(template.substring(literalStart))).toString());
    }

    @SuppressWarnings("unchecked")
    private static List<String> codes(ApiResponse response) {
        if (response.getExtensions() == null || !response.getExtensions().containsKey("x-error-codes")) {
            return List.of();
        }
        List<Object> codes = (List<Object>) response.getExtensions().get("x-error-codes");
        return codes.stream()
                .map(code -> code instanceof Map<?, ?> entry ? entry.get("code") : code)
                .map(String::valueOf)
                .toList();
    }
}
