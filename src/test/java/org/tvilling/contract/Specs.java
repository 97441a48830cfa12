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
import java.io.UncheckedIOException;
import java.net.URI;
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

/** The contracts of api-specs/, read once per test JVM, and the operations they document. */
public final class Specs {

    public static final Path DIRECTORY = Path.of("api-specs");

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

    /** The documented operation a request went to, if any spec documents it. */
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

    public record DocumentedOperation(
            Spec spec,
            String operationId,
            String method,
            String pathTemplate,
            Pattern pathPattern,
            List<DocumentedResponse> responses) {

        public boolean documents(int status) {
            return responses.stream().anyMatch(response -> response.status() == status);
        }
    }

    public record Spec(Path file, OpenAPI model, List<DocumentedOperation> operations) {
        public String name() {
            return file.getFileName().toString();
        }
    }

    private static List<Spec> load() {
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            return files.filter(file -> file.toString().endsWith(".yaml"))
                    .sorted()
                    .map(Specs::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "api-specs/ could not be read from " + Path.of("").toAbsolutePath(), e);
        }
    }

    private static Spec read(Path file) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(file.toString(), null, options);
        if (result.getOpenAPI() == null || !result.getMessages().isEmpty()) {
            throw new IllegalStateException(file + " is not a valid OpenAPI document: " + result.getMessages());
        }
        OpenAPI model = result.getOpenAPI();
        String basePath = basePath(model);
        List<DocumentedOperation> operations = new ArrayList<>();
        Spec spec = new Spec(file, model, operations);
        model.getPaths()
                .forEach((template, item) -> item.readOperationsMap()
                        .forEach((method, operation) ->
                                operations.add(operation(spec, basePath + template, method, operation))));
        return spec;
    }

    /**
     * The path of the spec's first server, its variables at their defaults: the URL is absolute so that a
     * generated client works without configuration ({@code {origin}/star}, origin {@code http://localhost:8080}),
     * and the server serves the API under the URL's path.
     */
    public static String basePath(OpenAPI model) {
        Server server = model.getServers().getFirst();
        String url = server.getUrl();
        if (server.getVariables() != null) {
            for (Map.Entry<String, ServerVariable> variable :
                    server.getVariables().entrySet()) {
                url = url.replace(
                        "{" + variable.getKey() + "}", variable.getValue().getDefault());
            }
        }
        return URI.create(url).getPath();
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
