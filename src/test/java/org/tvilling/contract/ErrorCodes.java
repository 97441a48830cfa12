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
        if (spec.name().startsWith("heliumv-")) {
            return hvHeaders(response);
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

    /**
     * HELIUM V puts its codes in headers, never in a body: {@code x-hv-error-code}, and with it
     * {@code x-hv-error-code-extended} where the server's own detail code matters (417 2079, 400 8/8). A
     * response yields the code alone ("9") and, when there is an extended code, the pair written
     * {@code <code>/<extended>} ("8/2079"), which is how the spec's {@code x-error-codes} list such responses:
     * a claim of "8/2079" is proved only by both headers. Responses without codes (401, 404, 429) are claimed
     * by status alone.
     */
    private static List<String> hvHeaders(Response response) {
        String code = response.header("x-hv-error-code");
        if (code == null) {
            return List.of();
        }
        String extended = response.header("x-hv-error-code-extended");
        return extended == null ? List.of(code) : List.of(code, code + "/" + extended);
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
