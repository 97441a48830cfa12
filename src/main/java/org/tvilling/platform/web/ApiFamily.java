package org.tvilling.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.MediaType;

/**
 * One API family as the platform's edges see it: the paths it owns, the media types of its successful answers,
 * and its documented answer to a request that is refused before (or instead of) one of its operations. The
 * platform decides when a request is refused and which family's path it was sent to ({@link ApiFamilies}); the
 * family only renders it, in its own error format and with a status its contract documents.
 */
public interface ApiFamily {

    /** The path prefixes of the family's operations, each ending in {@code /} (e.g. {@code /star/}). */
    List<String> basePaths();

    /**
     * The media types the family's operations answer a success in, in the family's order of preference. An
     * operation with a response body runs only when the request's {@code Accept} admits one of them (see
     * {@link ContentNegotiation}).
     */
    List<MediaType> successTypes();

    /**
     * Writes the family's answer to the refusal: status, headers and body. The response is not committed, its
     * buffer is empty, and the refusal's standard headers ({@code Allow}, {@code Accept}) are already set.
     */
    void refuse(Refusal refusal, HttpServletRequest request, HttpServletResponse response) throws IOException;
}
