package org.tvilling.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Error formats that name the offending element (STAR's {@code felt}, HELIUM V's {@code x-hv-error-key}) must
 * use the document's name for it: the header, path or query name the generated interface binds, not the Java
 * parameter name the generator derived from it.
 */
public final class DocumentedParameters {

    private DocumentedParameters() {}

    /** The element one of Spring's own 400s is about, where Spring knows it. */
    public static @Nullable String name(Exception springBadRequest) {
        return switch (springBadRequest) {
            case MissingRequestHeaderException missing -> missing.getHeaderName();
            case MissingServletRequestParameterException missing -> missing.getParameterName();
            case MethodArgumentTypeMismatchException mismatch -> name(mismatch.getParameter());
            default -> null;
        };
    }

    public static String name(MethodParameter parameter) {
        RequestHeader header = parameter.getParameterAnnotation(RequestHeader.class);
        if (header != null && !header.value().isEmpty()) {
            return header.value();
        }
        PathVariable path = parameter.getParameterAnnotation(PathVariable.class);
        if (path != null && !path.value().isEmpty()) {
            return path.value();
        }
        RequestParam query = parameter.getParameterAnnotation(RequestParam.class);
        if (query != null && !query.value().isEmpty()) {
            return query.value();
        }
        String name = parameter.getParameterName();
        return name == null ? "request" : name;
    }
}
