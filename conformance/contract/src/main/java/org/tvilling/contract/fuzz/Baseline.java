package org.tvilling.contract.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.tvilling.contract.Specs;

/**
 * An operation's request as a client that follows the contract sends it, in parts the {@link Mutations} change
 * one at a time: path values and query values (escaped as they go on the wire), header fields (as bytes), and
 * the body (a JSON tree, or bytes once a mutation made it no JSON at all).
 */
final class Baseline {

    static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern TEMPLATE_PARAMETER = Pattern.compile("\\{([^}/]+)}");

    /** One parameter of the operation as the contract declares it. */
    record Declared(
            String in,
            String name,
            boolean required,
            @Nullable Schema<?> schema) {}

    final Specs.DocumentedOperation operation;
    final List<Declared> parameters;
    /** The header fields that carry the credentials, as the contract's security scheme names them. */
    final List<String> credentialHeaders;

    final Map<String, String> path = new LinkedHashMap<>();
    final Map<String, String> query = new LinkedHashMap<>();
    final List<RawRequest.Header> headers = new ArrayList<>();

    @Nullable
    JsonNode body;

    byte @Nullable [] rawBody;

    @Nullable
    String contentType;

    private Baseline(Specs.DocumentedOperation operation) {
        this.operation = operation;
        this.parameters = declared(operation);
        this.credentialHeaders = credentialHeaders(operation);
    }

    static Baseline of(Specs.DocumentedOperation operation, FuzzInputs inputs) {
        Baseline baseline = new Baseline(operation);
        inputs.credentials(operation).forEach((name, value) -> baseline.headers.add(RawRequest.Header.of(name, value)));
        for (Declared parameter : baseline.parameters) {
            Optional<String> given = inputs.parameter(operation, parameter.in(), parameter.name());
            if (given.isEmpty() && !parameter.required()) {
                continue;
            }
            String value = given.orElseGet(() -> sample(parameter.schema()));
            switch (parameter.in()) {
                case "path" -> baseline.path.put(parameter.name(), encode(value));
                case "query" -> baseline.query.put(parameter.name(), encode(value));
                default -> baseline.headers.add(RawRequest.Header.of(parameter.name(), value));
            }
        }
        Optional<String> json = inputs.body(operation);
        if (json.isPresent() || requestSchema(operation) != null) {
            baseline.contentType = "application/json";
            baseline.body = json.map(Baseline::parse).orElseGet(() -> sampleNode(requestSchema(operation), 0));
        }
        if (answersWithBody(operation)) {
            baseline.headers.add(RawRequest.Header.of("Accept", "application/json"));
        }
        return baseline;
    }

    Baseline copy() {
        Baseline copy = new Baseline(operation);
        copy.path.putAll(path);
        copy.query.putAll(query);
        copy.headers.addAll(headers);
        copy.body = body == null ? null : body.deepCopy();
        copy.rawBody = rawBody;
        copy.contentType = contentType;
        return copy;
    }

    RawRequest render() {
        Matcher parameter = TEMPLATE_PARAMETER.matcher(operation.pathTemplate());
        StringBuilder target = new StringBuilder();
        while (parameter.find()) {
            parameter.appendReplacement(target, Matcher.quoteReplacement(path.getOrDefault(parameter.group(1), "")));
        }
        parameter.appendTail(target);
        if (!query.isEmpty()) {
            target.append('?');
            query.forEach((name, value) ->
                    target.append(name).append('=').append(value).append('&'));
            target.setLength(target.length() - 1);
        }
        List<RawRequest.Header> all = new ArrayList<>(headers);
        byte[] bytes = rawBody != null ? rawBody : body == null ? new byte[0] : write(body);
        if (contentType != null && (rawBody != null || body != null)) {
            all.add(RawRequest.Header.of("Content-Type", contentType));
        }
        return new RawRequest(operation.method(), target.toString(), all, bytes);
    }

    /** Replaces (or, with null, removes) every header field of this name. */
    void header(String name, byte @Nullable [] value) {
        headers.removeIf(header -> header.name().equalsIgnoreCase(name));
        if (value != null) {
            headers.add(new RawRequest.Header(name, value));
        }
    }

    @Nullable
    String header(String name) {
        return headers.stream()
                .filter(header -> header.name().equalsIgnoreCase(name))
                .map(RawRequest.Header::text)
                .findFirst()
                .orElse(null);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static byte[] write(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("The body of the fuzz inputs is no JSON: " + json, e);
        }
    }

    /** Whether a success of the operation has a body (so that {@code Accept} matters). */
    static boolean answersWithBody(Specs.DocumentedOperation operation) {
        return operation.model().getResponses().entrySet().stream()
                .anyMatch(response -> response.getKey().startsWith("2")
                        && response.getValue().getContent() != null
                        && !response.getValue().getContent().isEmpty());
    }

    static @Nullable Schema<?> requestSchema(Specs.DocumentedOperation operation) {
        if (operation.model().getRequestBody() == null) {
            return null;
        }
        Content content = operation.model().getRequestBody().getContent();
        MediaType json = content == null ? null : content.get("application/json");
        return json == null ? null : json.getSchema();
    }

    /** Whether the operation also reads XML bodies (HELIUM V). */
    static boolean readsXml(Specs.DocumentedOperation operation) {
        return operation.model().getRequestBody() != null
                && operation.model().getRequestBody().getContent() != null
                && operation.model().getRequestBody().getContent().containsKey("application/xml");
    }

    private static List<Declared> declared(Specs.DocumentedOperation operation) {
        List<Parameter> all = new ArrayList<>();
        String template =
                operation.pathTemplate().substring(operation.spec().basePath().length());
        PathItem item = operation.spec().model().getPaths().get(template);
        if (item != null && item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.model().getParameters() != null) {
            all.addAll(operation.model().getParameters());
        }
        return all.stream()
                .map(parameter -> new Declared(
                        parameter.getIn(),
                        parameter.getName(),
                        Boolean.TRUE.equals(parameter.getRequired()),
                        parameter.getSchema()))
                .toList();
    }

    private static List<String> credentialHeaders(Specs.DocumentedOperation operation) {
        List<SecurityRequirement> requirements = operation.model().getSecurity() != null
                ? operation.model().getSecurity()
                : operation.spec().model().getSecurity();
        if (requirements == null || operation.spec().model().getComponents() == null) {
            return List.of();
        }
        Map<String, SecurityScheme> schemes =
                operation.spec().model().getComponents().getSecuritySchemes();
        List<String> names = new ArrayList<>();
        requirements.forEach(requirement -> requirement.keySet().forEach(scheme -> {
            SecurityScheme declared = schemes == null ? null : schemes.get(scheme);
            if (declared == null) {
                return;
            }
            if (declared.getType() == SecurityScheme.Type.APIKEY && declared.getIn() == SecurityScheme.In.HEADER) {
                names.add(declared.getName());
            } else if (declared.getType() == SecurityScheme.Type.HTTP) {
                names.add("Authorization");
            }
        }));
        return List.copyOf(names);
    }

    /** A value of the schema: its example, its first enum value, or one of its type. */
    static String sample(@Nullable Schema<?> schema) {
        if (schema == null) {
            return "x";
        }
        if (schema.getExample() != null) {
            return String.valueOf(schema.getExample());
        }
        if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
            return String.valueOf(schema.getEnum().getFirst());
        }
        if ("uuid".equals(schema.getFormat())) {
            return UUID.randomUUID().toString();
        }
        return switch (String.valueOf(schema.getType())) {
            case "integer", "number" -> "1";
            case "boolean" -> "true";
            default -> "x";
        };
    }

    /** A JSON value of the schema with its required members, for operations the inputs give no body for. */
    static JsonNode sampleNode(@Nullable Schema<?> schema, int depth) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (schema == null || depth > 8) {
            return nodes.nullNode();
        }
        String type = schema.getType() != null
                ? schema.getType()
                : schema.getProperties() != null ? "object" : schema.getItems() != null ? "array" : "string";
        return switch (type) {
            case "object" -> {
                ObjectNode object = nodes.objectNode();
                if (schema.getProperties() != null && schema.getRequired() != null) {
                    for (String name : schema.getRequired()) {
                        object.set(name, sampleNode(schema.getProperties().get(name), depth + 1));
                    }
                }
                yield object;
            }
            case "array" -> {
                ArrayNode array = nodes.arrayNode();
                array.add(sampleNode(schema.getItems(), depth + 1));
                yield array;
            }
            case "integer", "number" -> nodes.numberNode(1);
            case "boolean" -> nodes.booleanNode(true);
            default -> nodes.textNode(sample(schema));
        };
    }
}
