package org.tvilling.contract;

import io.restassured.response.Response;
import java.util.List;
import java.util.Objects;

/** Where each API family puts its error codes in a response, for matching against {@link Covers} claims. */
final class ErrorCodes {

    private ErrorCodes() {}

    static List<String> of(Specs.Spec spec, Response response) {
        if (spec.name().startsWith("star-")) {
            return jsonList(response, "fejl.fejlkode");
        }
        if (spec.name().startsWith("altinn-")) {
            return jsonList(response, "validationErrors.code");
        }
        if (spec.name().startsWith("lequinox-")) {
            // A plain-text body holding one documented message: the codes of the messages it is.
            return DocumentedMessages.codes(spec, response);
        }
        throw new IllegalStateException("No rule for where " + spec.name() + " puts its error codes");
    }

    private static List<String> jsonList(Response response, String path) {
        if (!response.contentType().contains("json")
                || response.body().asString().isBlank()) {
            return List.of();
        }
        List<Object> values = response.jsonPath().getList(path);
        return values == null
                ? List.of()
                : values.stream().filter(Objects::nonNull).map(String::valueOf).toList();
    }
}
