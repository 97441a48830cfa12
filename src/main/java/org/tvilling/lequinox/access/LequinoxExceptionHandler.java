package org.tvilling.lequinox.access;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageConversionException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.HandlerMethod;
import org.tvilling.platform.logging.SafeLog;
import org.tvilling.platform.web.Causes;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * Every error of the Lequinox API as the documentation writes it: a plain-text body with the documented
 * message, its placeholder filled in. Spring's own failures while reading a body are the documented 500s
 * ("An unexpected error occurred: …"): no body is "Required request body is missing", malformed JSON or a
 * value of the wrong JSON type is "JSON parse error", a string outside an enum is "Type definition error"
 * where the operation's page lists it and "JSON parse error" on Create access, whose page does not; anything
 * else unexpected is "An unknown error has occurred". Never a stack trace.
 */
@RestControllerAdvice(basePackageClasses = LequinoxExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LequinoxExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(LequinoxExceptionHandler.class);

    private static final String MODEL_PACKAGE = "org.tvilling.lequinox.access.generated.model";

    /** The operation (and generated method) of Create access, the seed. */
    private static final String CREATE_ACCESS = "createAccess";

    @ExceptionHandler(LequinoxException.class)
    void documented(LequinoxException exception, HttpServletResponse response) throws IOException {
        LequinoxErrorWriter.write(response, exception.documented(), exception.text());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    void unreadable(HttpMessageNotReadableException exception, HandlerMethod handler, HttpServletResponse response)
            throws IOException {
        JacksonException jackson = Causes.find(exception, JacksonException.class);
        if (jackson == null) {
            // Spring's own: no body at all (or the JSON literal null), "Required request body is missing: …".
            boolean missing = exception.getMessage() != null
                    && exception.getMessage().startsWith("Required request body is missing");
            write(
                    response,
                    missing ? LequinoxMessage.BODY_MISSING : LequinoxMessage.JSON_PARSE_ERROR,
                    missing ? bodyName(handler) : "(the body could not be read)");
            return;
        }
        Class<?> target = target(jackson);
        if (jackson instanceof DatabindException && target != null && target.isEnum()) {
            write(response, enumMessage(handler), "for '%s': not one of %s".formatted(path(jackson), values(target)));
        } else if (jackson instanceof DatabindException) {
            write(
                    response,
                    LequinoxMessage.JSON_PARSE_ERROR,
                    "for '%s': expected %s".formatted(path(jackson), expected(target)));
        } else {
            write(response, LequinoxMessage.JSON_PARSE_ERROR, syntax(jackson));
        }
    }

    /**
     * Spring's "Type definition error" (a type the JSON library cannot build); none is expected here. Create
     * access, whose page does not list that message, answers it as any other unexpected failure.
     */
    @ExceptionHandler(HttpMessageConversionException.class)
    void conversion(HttpMessageConversionException exception, HandlerMethod handler, HttpServletResponse response)
            throws IOException {
        if (exception.getMessage() != null
                && exception.getMessage().startsWith("Type definition error")
                && !handler.getMethod().getName().equals(CREATE_ACCESS)) {
            log.error("Lequinox body type could not be built: {}", SafeLog.describe(exception));
            write(response, LequinoxMessage.TYPE_DEFINITION_ERROR, "for " + bodyName(handler));
        } else {
            unexpected(exception, response);
        }
    }

    @ExceptionHandler(Exception.class)
    void unexpected(Exception exception, HttpServletResponse response) throws IOException {
        log.error("Unexpected error in the Lequinox API: {}", SafeLog.describe(exception));
        LequinoxErrorWriter.write(response, LequinoxMessage.UNEXPECTED_UNKNOWN_ERROR);
    }

    /**
     * A string outside an enum: the Create access page lists only "JSON parse error" for wrongly typed input (and
     * Jackson reports an invalid enum value as a parse error); the pages of Update access and Create external
     * personal identity list "Type definition error" for it.
     */
    private static LequinoxMessage enumMessage(HandlerMethod handler) {
        return handler.getMethod().getName().equals(CREATE_ACCESS)
                ? LequinoxMessage.JSON_PARSE_ERROR
                : LequinoxMessage.TYPE_DEFINITION_ERROR;
    }

    /** The message with its placeholder filled in with the value. */
    private static void write(HttpServletResponse response, LequinoxMessage message, String value) throws IOException {
        LequinoxErrorWriter.write(response, message, message.text(value));
    }

    /** The schema the operation expects as its body, as the spec names it. */
    private static String bodyName(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .filter(parameter -> parameter.hasParameterAnnotation(RequestBody.class))
                .map(MethodParameter::getParameterType)
                .map(Class::getSimpleName)
                .findFirst()
                .orElse("request body");
    }

    private static @Nullable Class<?> target(JacksonException exception) {
        return switch (exception) {
            case MismatchedInputException mismatch -> mismatch.getTargetType();
            case ValueInstantiationException instantiation ->
                instantiation.getType() == null ? null : instantiation.getType().getRawClass();
            default -> null;
        };
    }

    /** Where in the body: the members' names from the root, list positions in brackets. */
    private static String path(JacksonException exception) {
        String path = exception.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? "." + reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "(the body)" : path.startsWith(".") ? path.substring(1) : path;
    }

    /** What the member's documented type is, in JSON's terms (never a Java class name). */
    private static String expected(@Nullable Class<?> target) {
        if (target == null) {
            return "a value of its documented type";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "a boolean (true or false)";
        }
        if (target == String.class) {
            return "a string";
        }
        if (target.getPackageName().equals(MODEL_PACKAGE)) {
            return "an object (" + target.getSimpleName() + ")";
        }
        if (List.class.isAssignableFrom(target)) {
            return "an array";
        }
        return "a value of type " + target.getSimpleName();
    }

    private static String values(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
    }

    /** Malformed JSON: where, and the parser's own description of what it found. */
    private static String syntax(JacksonException exception) {
        String original = exception.getOriginalMessage() == null ? "" : exception.getOriginalMessage();
        String firstLine = original.lines().findFirst().orElse("malformed JSON");
        TokenStreamLocation location = exception.getLocation();
        return location == null || location.getLineNr() < 0
                ? "(" + firstLine + ")"
                : "at line %d, column %d: %s".formatted(location.getLineNr(), location.getColumnNr(), firstLine);
    }
}
