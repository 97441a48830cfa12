package org.tvilling.heliumv;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

/**
 * HELIUM V reports errors in response headers, never in a body (IBaseApiHeaderConstants). One instance is
 * the set of {@code x-hv-error-*} headers of one error.
 */
public record HvHeaders(
        HvErrorCode code,
        @Nullable Integer extended,
        @Nullable String key,
        @Nullable String value,
        @Nullable String description) {

    public static final String CODE = "x-hv-error-code";
    public static final String CODE_EXTENDED = "x-hv-error-code-extended";
    public static final String KEY = "x-hv-error-key";
    public static final String VALUE = "x-hv-error-value";
    public static final String DESCRIPTION = "x-hv-error-description";

    /** The value HELIUM V writes for a value that is missing. */
    public static final String EMPTY = "{empty}";

    /** A required value is missing or blank (respondBadRequestValueMissing). */
    public static HvHeaders valueMissing(String key) {
        return new HvHeaders(HvErrorCode.VALIDATION_FAILED, null, key, EMPTY, null);
    }

    /** A value is there but unusable; the value itself is not echoed (it may be a password). */
    public static HvHeaders valueInvalid(String key, String description) {
        return new HvHeaders(HvErrorCode.VALIDATION_FAILED, null, key, null, description);
    }

    /** An unexpected failure (THROWABLE_EXCEPTION), described in a few words and never by its exception. */
    public static HvHeaders unexpected() {
        return new HvHeaders(HvErrorCode.THROWABLE_EXCEPTION, null, null, null, "Unexpected error");
    }

    /** The expectation variants: code 8 with the server's detail code (respondExpectationFailed). */
    public static HvHeaders expectationFailed(int extended) {
        return new HvHeaders(HvErrorCode.EXPECTATION_FAILED, extended, null, null, null);
    }

    public HttpHeaders toHttpHeaders() {
        HttpHeaders headers = new HttpHeaders();
        headers.set(CODE, String.valueOf(code.code()));
        if (extended != null) {
            headers.set(CODE_EXTENDED, String.valueOf(extended));
        }
        if (key != null) {
            headers.set(KEY, key);
        }
        if (value != null) {
            headers.set(VALUE, value);
        }
        if (description != null) {
            headers.set(DESCRIPTION, description);
        }
        return headers;
    }
}
