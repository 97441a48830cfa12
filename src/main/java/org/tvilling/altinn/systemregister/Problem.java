package org.tvilling.altinn.systemregister;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * The problem document of design.md §5.3 (RFC 9457 as Altinn's ProblemDetails library and ASP.NET write
 * it): AUTH.VLD errors in {@code validationErrors} under {@code STD-00000}; missing members and malformed
 * bodies in {@code errors}, member path to messages.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Problem(
        String type,
        String title,
        int status,
        @Nullable String detail,
        @Nullable String code,
        @Nullable List<Map<String, Object>> validationErrors,
        @Nullable Map<String, List<String>> errors) {

    /** The code Altinn's ProblemDetails library gives a response that carries validation errors. */
    static final String VALIDATION_CODE = "STD-00000";

    static final String VALIDATION_TITLE = "One or more validation errors occurred.";

    static Problem validation(List<ValidationError> errors) {
        return new Problem(
                type(HttpStatus.BAD_REQUEST),
                HttpStatus.BAD_REQUEST.getReasonPhrase(),
                400,
                VALIDATION_TITLE,
                VALIDATION_CODE,
                errors.stream().map(Problem::item).toList(),
                null);
    }

    /** ASP.NET's answer to a body it cannot bind: the members at fault and what is wrong with them. */
    static Problem binding(Map<String, List<String>> errors) {
        return new Problem(type(HttpStatus.BAD_REQUEST), VALIDATION_TITLE, 400, null, null, null, errors);
    }

    static Problem of(HttpStatus status, @Nullable String detail) {
        return new Problem(type(status), status.getReasonPhrase(), status.value(), detail, null, null, null);
    }

    static Problem unexpected() {
        return of(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred.");
    }

    /** The section of the RFC that defines the status, as ASP.NET fills in {@code type}. */
    private static String type(HttpStatus status) {
        if (status == HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE) {
            return "https://tools.ietf.org/html/rfc6585#section-5";
        }
        String section = switch (status) {
            case BAD_REQUEST -> "15.5.1";
            case UNAUTHORIZED -> "15.5.2";
            case FORBIDDEN -> "15.5.4";
            case NOT_FOUND -> "15.5.5";
            case METHOD_NOT_ALLOWED -> "15.5.6";
            case NOT_ACCEPTABLE -> "15.5.7";
            case CONFLICT -> "15.5.10";
            case URI_TOO_LONG -> "15.5.15";
            case UNSUPPORTED_MEDIA_TYPE -> "15.5.16";
            default -> "15.6.1";
        };
        return "https://tools.ietf.org/html/rfc9110#section-" + section;
    }

    /** One item: code, the message as {@code detail}, its one path, then any extra detail members. */
    private static Map<String, Object> item(ValidationError error) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", error.code().code());
        item.put("detail", error.code().detail());
        item.put("paths", List.of(error.code().path()));
        item.putAll(error.details());
        return item;
    }
}
