package org.tvilling.contract;

import com.atlassian.oai.validator.model.Response;
import com.atlassian.oai.validator.model.SimpleResponse;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A response as it came over the wire, whatever client received it: its status, its headers (names in any
 * case) and its body as text ({@code ""} when it had none).
 */
public record Answer(int status, Map<String, List<String>> headers, String body) {

    public Answer {
        Map<String, List<String>> anyCase = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> anyCase.merge(name, List.copyOf(values), (a, b) -> concat(a, b)));
        headers = java.util.Collections.unmodifiableMap(anyCase);
    }

    public @Nullable String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    public @Nullable String contentType() {
        return header("Content-Type");
    }

    /** The validator's view of the same response. */
    Response toValidatorResponse() {
        SimpleResponse.Builder response = SimpleResponse.Builder.status(status);
        headers.forEach((name, values) -> response.withHeader(name, values));
        if (!body.isEmpty()) {
            response.withBody(body);
        }
        return response.build();
    }

    Optional<String> bodyIfAny() {
        return body.isEmpty() ? Optional.empty() : Optional.of(body);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        return java.util.stream.Stream.concat(first.stream(), second.stream()).toList();
    }
}
