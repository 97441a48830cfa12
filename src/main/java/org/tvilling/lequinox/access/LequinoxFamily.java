package org.tvilling.lequinox.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.tvilling.platform.web.ApiFamily;
import org.tvilling.platform.web.Refusal;

/**
 * Lequinox's answer to every request the platform refuses under its base path, in plain text with the statuses
 * it documents (200, 400, 404, 500 only): a body not declared JSON is its "JSON parse error"; a {@code Key}
 * header that cannot be read names no application (its 400); every other refusal it has no status for (an
 * {@code Accept} that does not admit JSON, a request that cannot be read, header fields over the limits) is
 * its unknown error, the 500 the documentation gives for a failure it does not name. A path that is no route
 * of the API (or a method it does not have there) keeps its 404 (405), with the status's text.
 */
@Component
class LequinoxFamily extends ApiFamily {

    static final String BASE_PATH = "/lequinox/";

    LequinoxFamily() {
        super(BASE_PATH, MediaType.APPLICATION_JSON);
    }

    @Override
    public void refuse(Refusal refusal, HttpServletRequest request, HttpServletResponse response) throws IOException {
        switch (refusal.reason()) {
            case UNSUPPORTED_MEDIA_TYPE ->
                LequinoxErrorWriter.write(
                        response,
                        LequinoxMessage.JSON_PARSE_ERROR,
                        LequinoxMessage.JSON_PARSE_ERROR.text(
                                "(the body is declared " + declared(request) + ", not application/json)"));
            case MALFORMED -> {
                if (ApplicationKeyFilter.HEADER.equalsIgnoreCase(refusal.element())) {
                    LequinoxErrorWriter.write(response, LequinoxMessage.APPLICATION_NOT_FOUND);
                } else {
                    LequinoxErrorWriter.write(response, LequinoxMessage.UNEXPECTED_UNKNOWN_ERROR);
                }
            }
            case NO_ROUTE, METHOD_NOT_ALLOWED ->
                LequinoxErrorWriter.write(
                        response, refusal.reason().status(), refusal.reason().description());
            default -> LequinoxErrorWriter.write(response, LequinoxMessage.UNEXPECTED_UNKNOWN_ERROR);
        }
    }

    /** The body's media type as Spring read it, without its parameters. */
    private static String declared(HttpServletRequest request) {
        if (request.getContentType() == null) {
            return "with no Content-Type";
        }
        try {
            MediaType type = MediaType.parseMediaType(request.getContentType());
            return type.getType() + "/" + type.getSubtype();
        } catch (InvalidMediaTypeException unreadable) {
            return "with a Content-Type that cannot be read";
        }
    }
}
