package org.tvilling.heliumv;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A documented HELIUM V error: a status and, where HELIUM V sets them, its {@code x-hv-error-*} headers.
 * Rendered without a body by {@link HeliumvExceptionHandler}.
 */
public class HvException extends RuntimeException {

    private final HttpStatus status;
    private final @Nullable HvHeaders headers;

    private HvException(HttpStatus status, @Nullable HvHeaders headers) {
        super(status + (headers == null ? "" : " " + headers.code() + " " + headers.key()), null, false, false);
        this.status = status;
        this.headers = headers;
    }

    /** 400, code 9, key, value {empty}. */
    public static HvException valueMissing(String key) {
        return new HvException(HttpStatus.BAD_REQUEST, HvHeaders.valueMissing(key));
    }

    public static HvException badRequest(HvHeaders headers) {
        return new HvException(HttpStatus.BAD_REQUEST, headers);
    }

    /** 401 without any x-hv header: unknown, ended or unusable token (respondUnauthorized). */
    public static HvException unauthorized() {
        return new HvException(HttpStatus.UNAUTHORIZED, null);
    }

    public HttpStatus status() {
        return status;
    }

    public @Nullable HvHeaders headers() {
        return headers;
    }
}
