package org.tvilling.platform.web;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.tvilling.platform.web.Refusal.Reason;

/** What the failures that stop a request before its operation (Spring's, Spring Security's, Tomcat's) mean. */
final class Refusals {

    private Refusals() {}

    /** The refusal a failure stands for, or null when it is none (an operation's own errors, real failures). */
    static @Nullable Refusal of(Throwable failure) {
        return switch (failure) {
            case NoResourceFoundException noRoute -> new Refusal(Reason.NO_ROUTE);
            case HttpRequestMethodNotSupportedException noMethod ->
                new Refusal(Reason.METHOD_NOT_ALLOWED, null, noMethod.getHeaders());
            case HttpMediaTypeNotAcceptableException notAcceptable -> new Refusal(Reason.NOT_ACCEPTABLE);
            case HttpMediaTypeNotSupportedException unsupported ->
                new Refusal(Reason.UNSUPPORTED_MEDIA_TYPE, null, unsupported.getHeaders());
            default -> rejected(failure);
        };
    }

    /** The firewall's refusals (named where it could name the element) and Tomcat's of a query string. */
    private static @Nullable Refusal rejected(Throwable failure) {
        RejectedValue named = Causes.find(failure, RejectedValue.class);
        if (named != null) {
            return new Refusal(Reason.MALFORMED, named.element());
        }
        if (Causes.find(failure, RequestRejectedException.class) != null
                || Causes.find(failure, InvalidParameterException.class) != null) {
            return new Refusal(Reason.MALFORMED);
        }
        return null;
    }

    /**
     * The reason behind an error status the server set without a failure the platform could read (Tomcat's
     * own refusals, an error dispatch), or null for a status that is no refusal (401, 403, 409 …).
     */
    static @Nullable Reason of(int status) {
        return switch (status) {
            case 400, 408, 411, 413, 417, 501, 505 -> Reason.MALFORMED;
            case 404 -> Reason.NO_ROUTE;
            case 405 -> Reason.METHOD_NOT_ALLOWED;
            case 406 -> Reason.NOT_ACCEPTABLE;
            case 414 -> Reason.URI_TOO_LONG;
            case 415 -> Reason.UNSUPPORTED_MEDIA_TYPE;
            case 431 -> Reason.HEADERS_TOO_LARGE;
            default -> status >= 500 ? Reason.UNEXPECTED : null;
        };
    }
}
