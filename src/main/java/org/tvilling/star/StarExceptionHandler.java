package org.tvilling.star;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.tvilling.platform.logging.SafeLog;
import org.tvilling.platform.web.DocumentedParameters;

/**
 * Every error of the STAR services in STAR's error structure, Spring's own 400s included: all the invalid
 * input elements of a request in one response ("Fejlstrukturen returnerer en komplet liste over de fundne
 * fejl"), each named in {@code felt}.
 */
@RestControllerAdvice(basePackageClasses = StarExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class StarExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(StarExceptionHandler.class);

    @ExceptionHandler(StarException.class)
    ResponseEntity<Object> documented(StarException exception) {
        return body(exception.status(), exception.fejl());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception exception) {
        log.error("Unexpected error in a STAR service: {}", SafeLog.describe(exception));
        return body(HttpStatus.INTERNAL_SERVER_ERROR, List.of(StarFejl.uventet()));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException exception,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        Set<String> felter = new LinkedHashSet<>();
        exception.getParameterValidationResults().forEach(result -> {
            if (result instanceof ParameterErrors errors) {
                felter.addAll(fields(errors));
            } else {
                felter.add(DocumentedParameters.name(result.getMethodParameter()));
            }
        });
        return body(HttpStatus.BAD_REQUEST, StarFejl.ugyldige(felter));
    }

    @Override
    protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException exception, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return body(HttpStatus.BAD_REQUEST, StarFejl.ugyldige(fields(exception.getBindingResult())));
    }

    /** Every other exception Spring handles itself: 400s name their element where Spring knows it. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception exception,
            @Nullable Object body,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        List<StarFejl> fejl;
        if (status.value() == HttpStatus.BAD_REQUEST.value()) {
            String felt = DocumentedParameters.name(exception);
            fejl = StarFejl.ugyldige(felt == null ? Set.of() : Set.of(felt));
        } else {
            HttpStatus known = HttpStatus.resolve(status.value());
            fejl = List.of(new StarFejl(null, known == null ? "Fejl" : known.getReasonPhrase(), null));
        }
        return ResponseEntity.status(status)
                .headers(headers)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new StarFejlResponse(fejl));
    }

    private static ResponseEntity<Object> body(HttpStatusCode status, List<StarFejl> fejl) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new StarFejlResponse(fejl));
    }

    private static Set<String> fields(Errors errors) {
        Set<String> felter = new LinkedHashSet<>();
        for (FieldError error : errors.getFieldErrors()) {
            felter.add(error.getField());
        }
        if (felter.isEmpty()) {
            felter.add(errors.getObjectName());
        }
        return felter;
    }
}
