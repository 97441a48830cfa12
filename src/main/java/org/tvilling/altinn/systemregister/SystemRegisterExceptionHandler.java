package org.tvilling.altinn.systemregister;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tvilling.platform.logging.SafeLog;
import org.tvilling.platform.web.Causes;
import org.tvilling.platform.web.DocumentedParameters;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Every error of the system register in the family's format (design.md §5.3), Spring's own 400s included:
 * AUTH.VLD errors as {@code validationErrors}; a body that cannot be bound (malformed, a required member
 * missing) as ASP.NET's {@code errors} map; 403 without a body; never a stack trace.
 */
@RestControllerAdvice(basePackageClasses = SystemRegisterExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class SystemRegisterExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(SystemRegisterExceptionHandler.class);

    static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @ExceptionHandler(SystemRegisterException.class)
    ResponseEntity<Object> documented(SystemRegisterException exception) {
        return switch (exception.status()) {
            case FORBIDDEN -> ResponseEntity.status(HttpStatus.FORBIDDEN).build();
            case CONFLICT ->
                ResponseEntity.status(HttpStatus.CONFLICT)
                        .contentType(MediaType.TEXT_PLAIN)
                        .body(exception.detail());
            default -> {
                if (!exception.bindingErrors().isEmpty()) {
                    yield binding(new LinkedHashMap<>(exception.bindingErrors()));
                }
                yield problem(
                        exception.status(),
                        exception.errors().isEmpty()
                                ? Problem.of(exception.status(), exception.detail())
                                : Problem.validation(exception.errors()));
            }
        };
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception exception) {
        log.error("Unexpected error in the Altinn system register: {}", SafeLog.describe(exception));
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, Problem.unexpected());
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        add(errors, "$", exception.getBindingResult());
        return binding(errors);
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        exception.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors parameterErrors) {
                Integer index = parameterErrors.getContainerIndex();
                add(errors, index == null ? "$" : "$[" + index + "]", parameterErrors);
            } else {
                String name = DocumentedParameters.name(result.getMethodParameter());
                result.getResolvableErrors()
                        .forEach(error -> message(errors, name, invalid(name, error.getDefaultMessage())));
            }
        });
        return binding(errors);
    }

    /** A body that is no JSON, or whose JSON does not fit: where Jackson says it broke, as ASP.NET keys it. */
    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Map<String, List<String>> errors = new LinkedHashMap<>();
        JacksonException jackson = Causes.find(exception, JacksonException.class);
        if (jackson == null) {
            message(errors, "$", "A non-empty request body is required.");
        } else {
            message(
                    errors,
                    jsonPath(jackson),
                    jackson instanceof StreamReadException
                            ? "The request body is not valid JSON."
                            : "The JSON value could not be converted.");
        }
        return binding(errors);
    }

    /** Every other exception Spring handles itself, in the family's problem document. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception exception,
            @Nullable Object body,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        HttpStatus known = HttpStatus.resolve(status.value());
        HttpStatus resolved = known == null ? HttpStatus.INTERNAL_SERVER_ERROR : known;
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(PROBLEM)
                .body(Problem.of(resolved, null));
    }

    private static ResponseEntity<Object> problem(HttpStatusCode status, Problem problem) {
        return ResponseEntity.status(status).contentType(PROBLEM).body(problem);
    }

    private static ResponseEntity<Object> binding(Map<String, List<String>> errors) {
        if (errors.isEmpty()) {
            message(errors, "$", "The request is not valid.");
        }
        return problem(HttpStatus.BAD_REQUEST, Problem.binding(errors));
    }

    private static void add(Map<String, List<String>> errors, String root, Errors bound) {
        for (FieldError error : bound.getFieldErrors()) {
            String field = error.getField();
            String leaf = field.substring(field.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
            String key = field.isEmpty() ? root : field.startsWith("[") ? root + field : root + "." + field;
            message(
                    errors,
                    key,
                    "NotNull".equals(error.getCode())
                            ? "The " + leaf + " field is required."
                            : invalid(leaf, error.getDefaultMessage()));
        }
        for (ObjectError error : bound.getGlobalErrors()) {
            message(errors, root, invalid(bound.getObjectName(), error.getDefaultMessage()));
        }
    }

    private static String invalid(@Nullable String name, @Nullable String reason) {
        return "The field " + name + " is invalid" + (reason == null ? "." : ": " + reason + ".");
    }

    private static void message(Map<String, List<String>> errors, String key, String message) {
        errors.computeIfAbsent(key, ignored -> new java.util.ArrayList<>()).add(message);
    }

    /** Jackson's path as a JSON path from the body's root: {@code $.rights[0].resource}. */
    private static String jsonPath(JacksonException exception) {
        StringBuilder path = new StringBuilder("$");
        for (JacksonException.Reference reference : exception.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append('.').append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
