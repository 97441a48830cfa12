package org.tvilling.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.security.web.firewall.RequestRejectedException;

/**
 * A header or parameter value the firewall refused, named, so that a family can say which element of the
 * request was at fault (STAR's {@code felt}, HELIUM V's {@code x-hv-error-key}). The value itself is never
 * part of the message: it may be a personal number or a token.
 */
final class RejectedValue extends RequestRejectedException {

    private final @Nullable String element;

    private RejectedValue(String message, @Nullable String element, Throwable cause) {
        super(message);
        initCause(cause);
        this.element = element;
    }

    static RejectedValue header(@Nullable String name, Throwable cause) {
        return new RejectedValue(
                name == null
                        ? "A header name is not allowed"
                        : "The header " + name + " holds a value that is not allowed",
                name,
                cause);
    }

    static RejectedValue query(Throwable cause) {
        return new RejectedValue("The query string cannot be read", null, cause);
    }

    @Nullable
    String element() {
        return element;
    }
}
