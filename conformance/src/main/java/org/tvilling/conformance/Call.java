package org.tvilling.conformance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.tvilling.contract.Specs;
import org.tvilling.contract.fuzz.RawRequest;

/** One request of a documented operation being put together by a check; {@link #send()} sends it. */
public final class Call {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^}/]+)}");

    private final CheckContext context;
    private final Specs.DocumentedOperation operation;
    private final Map<String, String> rawPathValues = new LinkedHashMap<>();
    private final Map<String, String> pathValues = new LinkedHashMap<>();
    private final List<Map.Entry<String, String>> query = new ArrayList<>();
    private final List<Map.Entry<String, String>> headers = new ArrayList<>();
    private @Nullable String body;

    Call(CheckContext context, Specs.DocumentedOperation operation) {
        this.context = context;
        this.operation = operation;
    }

    public Specs.DocumentedOperation operation() {
        return operation;
    }

    /** A path parameter, percent-encoded here. */
    public Call path(String name, String value) {
        rawPath(name, encode(value));
        pathValues.put(name, value);
        return this;
    }

    /** A path parameter exactly as it goes on the wire (e.g. {@code %20}). */
    public Call rawPath(String name, String raw) {
        if (!operation.pathTemplate().contains("{" + name + "}")) {
            throw new IllegalArgumentException(operation.operationId() + " has no path parameter " + name);
        }
        rawPathValues.put(name, raw);
        pathValues.remove(name);
        return this;
    }

    public Call query(String name, String value) {
        query.add(Map.entry(name, value));
        return this;
    }

    public Call header(String name, String value) {
        headers.removeIf(header -> header.getKey().equalsIgnoreCase(name));
        headers.add(Map.entry(name, value));
        return this;
    }

    public Call withoutHeader(String name) {
        headers.removeIf(header -> header.getKey().equalsIgnoreCase(name));
        return this;
    }

    /** The bearer token of a role of the profile (not run when the profile has no such role). */
    public Call bearer(String role) {
        return header("Authorization", "Bearer " + context.credentials().bearer(role));
    }

    public Call accept(String mediaTypes) {
        return header("Accept", mediaTypes);
    }

    public Call json(String json) {
        return body("application/json", json);
    }

    public Call body(String contentType, String text) {
        header("Content-Type", contentType);
        this.body = text;
        return this;
    }

    /** A body sent without a Content-Type header. */
    public Call bareBody(String text) {
        withoutHeader("Content-Type");
        this.body = text;
        return this;
    }

    /** A parameter as this call gives it (path values unescaped), for a generator that starts from it. */
    public java.util.Optional<String> parameter(String in, String name) {
        return switch (in) {
            case "path" -> java.util.Optional.ofNullable(pathValues.get(name));
            case "query" -> first(query, name);
            case "header" -> first(headers, name);
            default -> java.util.Optional.empty();
        };
    }

    public java.util.Optional<String> body() {
        return java.util.Optional.ofNullable(body);
    }

    private static java.util.Optional<String> first(List<Map.Entry<String, String>> entries, String name) {
        return entries.stream()
                .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue)
                .findFirst();
    }

    /** This request as raw bytes, its target below the server's root (the contract's base path included). */
    public RawRequest raw() {
        String rawQuery = rawQuery(query);
        List<RawRequest.Header> fields = headers.stream()
                .map(header -> RawRequest.Header.of(header.getKey(), header.getValue()))
                .toList();
        return new RawRequest(
                operation.method(),
                operation.spec().basePath() + rawPath() + (rawQuery.isEmpty() ? "" : "?" + rawQuery),
                fields,
                body == null ? new byte[0] : body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * Sends this request broken in a way no HTTP client sends (see {@link Http#sendRaw}); the answer is held to
     * the contract as {@link #send()} holds it.
     */
    public Reply sendBroken(java.util.function.UnaryOperator<RawRequest> breaking) {
        return answered(context.http().sendRaw(operation, breaking.apply(raw())));
    }

    public Reply send() {
        return answered(context.http().send(operation, rawPath(), List.copyOf(query), List.copyOf(headers), body));
    }

    private Reply answered(Exchange exchange) {
        context.record(exchange);
        Reply reply = new Reply(exchange);
        if (exchange.answer() == null) {
            throw new Failure(String.join("; ", exchange.problems()), exchange);
        }
        if (!exchange.problems().isEmpty()) {
            throw new Failure(
                    "the %d answer breaks the contract of %s:%n%s"
                            .formatted(
                                    exchange.status(), operation.operationId(), String.join("\n", exchange.problems())),
                    exchange);
        }
        return reply;
    }

    /** The path below the API's root, parameters filled in. */
    String rawPath() {
        String template =
                operation.pathTemplate().substring(operation.spec().basePath().length());
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (parameter.find()) {
            String value = rawPathValues.get(parameter.group(1));
            if (value == null) {
                throw new IllegalStateException(
                        operation.operationId() + ": no value for {" + parameter.group(1) + "}");
            }
            parameter.appendReplacement(path, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(path);
        return path.toString();
    }

    static String rawQuery(List<Map.Entry<String, String>> query) {
        return query.stream()
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
