package org.tvilling.altinn.systemregister;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * A documented answer other than success, rendered by {@link SystemRegisterExceptionHandler}: the 400 with
 * the request's AUTH.VLD errors, the 400 of a deleted system, 403 (no body), 404, and the 409 of a client id
 * given twice in one create.
 */
class SystemRegisterException extends RuntimeException {

    private final HttpStatus status;
    private final List<ValidationError> errors;
    private final @Nullable String detail;
    private final Map<String, List<String>> bindingErrors;

    private SystemRegisterException(
            HttpStatus status,
            List<ValidationError> errors,
            @Nullable String detail,
            Map<String, List<String>> bindingErrors) {
        super(status
                + (detail == null ? "" : ": " + detail)
                + (errors.isEmpty() ? "" : " " + errors)
                + (bindingErrors.isEmpty() ? "" : " " + bindingErrors));
        this.status = status;
        this.errors = List.copyOf(errors);
        this.detail = detail;
        this.bindingErrors = Map.copyOf(bindingErrors);
    }

    private SystemRegisterException(HttpStatus status, List<ValidationError> errors, @Nullable String detail) {
        this(status, errors, detail, Map.of());
    }

    /** A body the contract's binding rejects, in the {@code errors} form: a list item that is null. */
    static SystemRegisterException binding(String path, String message) {
        return new SystemRegisterException(HttpStatus.BAD_REQUEST, List.of(), null, Map.of(path, List.of(message)));
    }

    static SystemRegisterException validation(List<ValidationError> errors) {
        return new SystemRegisterException(HttpStatus.BAD_REQUEST, errors, null);
    }

    static SystemRegisterException validation(ValidationCode code) {
        return validation(List.of(ValidationError.of(code)));
    }

    static SystemRegisterException forbidden() {
        return new SystemRegisterException(HttpStatus.FORBIDDEN, List.of(), null);
    }

    static SystemRegisterException notFound(String systemId) {
        return new SystemRegisterException(
                HttpStatus.NOT_FOUND, List.of(), "System with ID '" + systemId + "' not found.");
    }

    /** The real service's answer to changing a deleted system. */
    static SystemRegisterException deleted() {
        return new SystemRegisterException(
                HttpStatus.BAD_REQUEST, List.of(), "Cannot update a system marked as deleted.");
    }

    /** The real service's answer to the duplicate key a client id given twice causes: plain text. */
    static SystemRegisterException clientIdTwiceInRequest(String systemId) {
        return new SystemRegisterException(HttpStatus.CONFLICT, List.of(), "The System already exist: " + systemId);
    }

    HttpStatus status() {
        return status;
    }

    List<ValidationError> errors() {
        return errors;
    }

    @Nullable
    String detail() {
        return detail;
    }

    Map<String, List<String>> bindingErrors() {
        return bindingErrors;
    }
}
