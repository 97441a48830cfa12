package org.tvilling.contract;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The documented messages of plain-text error responses: the {@code text} of each {@code x-error-codes} entry,
 * whose placeholders ({@code <%1>}, {@code <%2>} …) stand for any non-empty value. The JSON-schema check of
 * the validator reads JSON bodies only; this is the check of a {@code text/plain} body: it must be one of the
 * messages its operation documents for its status.
 */
final class DocumentedMessages {

    private static final Pattern PLACEHOLDER = Pattern.compile("<%[0-9]+>");

    /** Specs do not change while the suite runs: each response's messages are read and compiled once. */
    private static final Map<ApiResponse, List<Message>> BY_RESPONSE = new ConcurrentHashMap<>();

    private static final Map<String, Map<String, Message>> BY_SPEC = new ConcurrentHashMap<>();

    /** One documented message and the bodies it stands for. */
    record Message(String code, String text, Pattern body) {
        boolean matches(String candidate) {
            return body.matcher(candidate).matches();
        }
    }

    private DocumentedMessages() {}

    /** The messages the operation documents for the status (or its default response), in the spec's order. */
    static List<Message> of(Specs.DocumentedOperation operation, int status) {
        Operation documented = operation.model();
        if (documented.getResponses() == null) {
            return List.of();
        }
        ApiResponse response = documented.getResponses().get(String.valueOf(status));
        if (response == null) {
            response = documented.getResponses().getDefault();
        }
        return response == null ? List.of() : messages(response);
    }

    /** Every message of the spec, by code (a code names one message throughout a spec). */
    static Map<String, Message> of(Specs.Spec spec) {
        return BY_SPEC.computeIfAbsent(spec.name(), name -> read(spec));
    }

    private static Map<String, Message> read(Specs.Spec spec) {
        Map<String, Message> all = new LinkedHashMap<>();
        spec.model().getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream())
                .filter(operation -> operation.getResponses() != null)
                .flatMap(operation -> operation.getResponses().values().stream())
                .flatMap(response -> messages(response).stream())
                .forEach(message -> all.putIfAbsent(message.code(), message));
        return all;
    }

    /** The codes of the spec's messages that the plain-text body is. */
    static List<String> codes(Specs.Spec spec, Answer response) {
        if (!isPlainText(response.contentType())) {
            return List.of();
        }
        String body = response.body();
        return of(spec).values().stream()
                .filter(message -> message.matches(body))
                .map(Message::code)
                .toList();
    }

    /** Why a plain-text response is not one of the messages documented for it, if it is not. */
    static Optional<String> violation(Specs.DocumentedOperation operation, Answer response) {
        if (!isPlainText(response.contentType())) {
            return Optional.empty();
        }
        List<Message> documented = of(operation, response.status());
        if (documented.isEmpty()) {
            return Optional.empty();
        }
        String body = response.body();
        if (documented.stream().anyMatch(message -> message.matches(body))) {
            return Optional.empty();
        }
        return Optional.of("the %d body \"%s\" is none of the documented messages %s"
                .formatted(
                        response.status(),
                        body,
                        documented.stream().map(Message::text).toList()));
    }

    /** The message's text as a pattern of whole bodies: literal text, each placeholder any non-empty value. */
    static Pattern pattern(String text) {
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        int literalStart = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(text.substring(literalStart, placeholder.start())))
                    .append(".+");
            literalStart = placeholder.end();
        }
        regex.append(Pattern.quote(text.substring(literalStart)));
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }

    private static boolean isPlainText(@Nullable String contentType) {
        return contentType != null && contentType.startsWith("text/plain");
    }

    private static List<Message> messages(ApiResponse response) {
        return BY_RESPONSE.computeIfAbsent(response, DocumentedMessages::read);
    }

    @SuppressWarnings("unchecked")
    private static List<Message> read(ApiResponse response) {
        if (response.getExtensions() == null || !(response.getExtensions().get("x-error-codes") instanceof List<?>)) {
            return List.of();
        }
        List<Message> messages = new ArrayList<>();
        for (Object entry : (List<Object>) response.getExtensions().get("x-error-codes")) {
            if (entry instanceof Map<?, ?> code && code.get("text") instanceof String text) {
                messages.add(new Message(String.valueOf(code.get("code")), text, pattern(text)));
            }
        }
        return List.copyOf(messages);
    }
}
