package org.tvilling.platform.web;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Error formats that name the offending element (STAR's {@code felt}, HELIUM V's {@code x-hv-error-key}) must
 * use the document's name for it: the header, path or query name the generated interface binds, not the Java
 * parameter name the generator derived from it.
 */
public final class DocumentedParameters {

    private DocumentedParameters() {}

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
