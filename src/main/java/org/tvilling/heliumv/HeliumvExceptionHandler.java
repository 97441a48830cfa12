package org.tvilling.heliumv;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tvilling.platform.logging.SafeLog;
import org.tvilling.platform.web.DocumentedParameters;

/**
 * Every error of the HELIUM V APIs the HELIUM V way: the status and the {@code x-hv-error-*} headers, no body.
 * Spring's own 400s included: a missing or unreadable body, a missing required element (code 9, with the
 * element as HELIUM V names it, see {@link HvRequestBody}); 406 and 415 keep their status and carry nothing
 * else; anything unexpected is a 500 with code 10 (THROWABLE_EXCEPTION) and a short description.
 */
@RestControllerAdvice(basePackageClasses = HeliumvExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class HeliumvExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(HeliumvExceptionHandler.class);

    /** Spring's message for an absent body (or a body that is the JSON literal null). */
    private static final String BODY_MISSING = "Required request body is missing";

    /** By the body's Java type; two declarations of one type fail at start-up. */
    private final Map<Class<?>, HvRequestBody> bodies;

    HeliumvExceptionHandler(List<HvRequestBody> bodies) {
        this.bodies = bodies.stream().collect(Collectors.toUnmodifiableMap(HvRequestBody::type, body -> body));
    }

    @ExceptionHandler(HvException.class)
    ResponseEntity<Object> documented(HvException exception) {
        return respond(exception.status(), exception.headers());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception exception) {
        log.error("Unexpected error in a HELIUM V service: {}", SafeLog.describe(exception));
        return respond(HttpStatus.INTERNAL_SERVER_ERROR, HvHeaders.unexpected());
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String body = body(request).map(HvRequestBody::name).orElse("body");
        String message = exception.getMessage();
        if (message != null && message.startsWith(BODY_MISSING)) {
            return respond(HttpStatus.BAD_REQUEST, HvHeaders.valueMissing(body));
        }
        return respond(HttpStatus.BAD_REQUEST, HvHeaders.valueInvalid(body, "Unreadable body"));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(HttpStatus.BAD_REQUEST, HvHeaders.valueMissing(invalidElement(exception, request)));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        String key = exception.getParameterValidationResults().stream()
                .map(result -> result instanceof ParameterErrors errors
                        ? invalidElement(errors, request)
                        : DocumentedParameters.name(result.getMethodParameter()))
                .findFirst()
                .orElse("request");
        return respond(HttpStatus.BAD_REQUEST, HvHeaders.valueMissing(key));
    }

    /** Every other exception Spring handles itself: its status; a 400 names its element where Spring knows it. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception exception,
            @Nullable Object body,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        if (status.value() == HttpStatus.BAD_REQUEST.value()) {
            String key = Objects.requireNonNullElse(DocumentedParameters.name(exception), "request");
            return respond(HttpStatus.BAD_REQUEST, HvHeaders.valueMissing(key));
        }
        return ResponseEntity.status(status).headers(headers).build();
    }

    private static ResponseEntity<Object> respond(HttpStatusCode status, @Nullable HvHeaders headers) {
        ResponseEntity.BodyBuilder response = ResponseEntity.status(status);
        if (headers != null) {
            response.headers(headers.toHttpHeaders());
        }
        return response.build();
    }

    /** The element a failed body validation is reported under: the first of the body's required elements. */
    private String invalidElement(Errors errors, WebRequest request) {
        Optional<HvRequestBody> body = body(request);
        if (body.isEmpty()) {
            return errors.getObjectName();
        }
        List<String> elements = body.get().elements();
        return errors.getFieldErrors().stream()
                .map(FieldError::getField)
                .filter(elements::contains)
                .min(Comparator.comparingInt(elements::indexOf))
                .orElse(body.get().name());
    }

    /** The request body of the operation the request went to, as its API declared it. */
    private Optional<HvRequestBody> body(WebRequest request) {
        if (!(request.getAttribute(HandlerMapping.BEST_MATCHING_HANDLER_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST)
                instanceof HandlerMethod handler)) {
            return Optional.empty();
        }
        return Arrays.stream(handler.getMethodParameters())
                .map(MethodParameter::getParameterType)
                .map(bodies::get)
                .filter(Objects::nonNull)
                .findFirst();
    }
}
