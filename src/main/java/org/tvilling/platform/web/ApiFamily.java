package org.tvilling.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * One API family as the platform's edges see it: the path it owns, the media types of its successful answers,
 * and its documented answer to a request that is refused before (or instead of) one of its operations. The
 * platform decides when a request is refused and which family's path it was sent to ({@link ApiFamilies}); the
 * family only renders it, in its own error format and with a status its contract documents.
 */
public abstract class ApiFamily {

    private final String basePath;
    private final List<MediaType> successTypes;

    /**
     * @param basePath the path prefix of the family's operations, ending in {@code /} (e.g. {@code /star/})
     * @param successTypes the media types the family's operations answer a success in, in its order of
     *     preference: an operation with a response body runs only when the request's {@code Accept} admits one
     *     of them (see {@link ContentNegotiation})
     */
    protected ApiFamily(String basePath, MediaType... successTypes) {
        this.basePath = basePath;
        this.successTypes = List.of(successTypes);
    }

    public String basePath() {
        return basePath;
    }

    public List<MediaType> successTypes() {
        return successTypes;
    }

    /**
     * Writes the family's answer to the refusal: status, headers and body. The response is not committed, its
     * buffer is empty, and the refusal's standard headers ({@code Allow}, {@code Accept}) are already set.
     */
    public abstract void refuse(Refusal refusal, HttpServletRequest request, HttpServletResponse response)
            throws IOException;

    /** An error body in JSON (or a JSON-based type such as a problem document), UTF-8 as JSON always is. */
    protected static void writeJson(
            HttpServletResponse response, HttpStatusCode status, MediaType type, JsonMapper mapper, Object body)
            throws IOException {
        response.setStatus(status.value());
        response.setContentType(type.toString());
        mapper.writeValue(response.getOutputStream(), body);
    }
}
