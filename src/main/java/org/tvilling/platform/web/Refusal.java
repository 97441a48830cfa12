package org.tvilling.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

/**
 * Why the server answers a request without running its operation (or could not finish it), as HTTP names it.
 * Each family answers with the status its contract documents for the reason, which need not be {@link
 * Reason#status()}: Lequinox, say, documents no 406.
 *
 * @param reason what is wrong with the request
 * @param element the request element at fault as the documents name it (a header), when one is known
 * @param headers the standard headers of the answer ({@code Allow} of a 405, {@code Accept} of a 415)
 */
public record Refusal(Reason reason, @Nullable String element, HttpHeaders headers) {

    public Refusal(Reason reason) {
        this(reason, null, new HttpHeaders());
    }

    public Refusal(Reason reason, @Nullable String element) {
        this(reason, element, new HttpHeaders());
    }

    public enum Reason {
        /** The request cannot be read: a malformed URI, escape, query string or header value. */
        MALFORMED(HttpStatus.BAD_REQUEST, "The request could not be read"),
        /** No route of the family has this path. */
        NO_ROUTE(HttpStatus.NOT_FOUND, "No such resource"),
        /** The route exists, the method does not. */
        METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "The method is not supported here"),
        /** {@code Accept} admits none of the media types the operation answers in. */
        NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "No acceptable representation"),
        /** The request line is longer than the server reads. */
        URI_TOO_LONG(HttpStatus.URI_TOO_LONG, "The request target is too long"),
        /** The body is declared in a media type the operation does not read. */
        UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "The body's media type is not supported"),
        /** The header fields are larger, or more, than the server reads. */
        HEADERS_TOO_LARGE(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "The request header fields are too large"),
        /** A failure of the server itself. */
        UNEXPECTED(HttpStatus.INTERNAL_SERVER_ERROR, "Unexpected error");

        private final HttpStatus status;
        private final String description;

        Reason(HttpStatus status, String description) {
            this.status = status;
            this.description = description;
        }

        /** The status HTTP gives the reason. */
        public HttpStatus status() {
            return status;
        }

        /** A short English description, for error formats that carry one (never a value of the request). */
        public String description() {
            return description;
        }
    }
}
