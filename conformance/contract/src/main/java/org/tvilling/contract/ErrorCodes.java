package org.tvilling.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** Where each API family puts its error codes in a response, for matching against what a test claims. */
public final class ErrorCodes {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorCodes() {}

    public static List<String> of(Specs.Spec spec, Answer response) {
        if (spec.name().startsWith("star-")) {
            return jsonList(response, "fejl", "fejlkode");
        }
        if (spec.name().startsWith("heliumv-")) {
            return hvHeaders(response);
        }
        if (spec.name().startsWith("altinn-")) {
            return jsonList(response, "validationErrors", "code");
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
    private static List<String> hvHeaders(Answer response) {
        String code = response.header("x-hv-error-code");
        if (code == null) {
            return List.of();
        }
        String extended = response.header("x-hv-error-code-extended");
        return extended == null ? List.of(code) : List.of(code, code + "/" + extended);
    }

    /** The values of {@code member} in the items of the array {@code list} of a JSON body. */
    private static List<String> jsonList(Answer response, String list, String member) {
        String contentType = response.contentType();
        if (contentType == null
                || !contentType.contains("json")
                || response.body().isBlank()) {
            return List.of();
        }
        JsonNode items;
        try {
            items = JSON.readTree(response.body()).path(list);
        } catch (com.fasterxml.jackson.core.JacksonException notJson) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (JsonNode item : items) {
            JsonNode code = item.path(member);
            if (!code.isMissingNode() && !code.isNull()) {
                codes.add(code.asText());
            }
        }
        return codes;
    }
}
