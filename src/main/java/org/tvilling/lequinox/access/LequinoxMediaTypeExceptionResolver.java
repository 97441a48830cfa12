package org.tvilling.lequinox.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The two failures Spring raises before it has chosen a controller, which {@link LequinoxExceptionHandler}
 * (scoped to this API's controllers) therefore never sees: a body that is not declared JSON, and an
 * {@code Accept} that allows neither JSON nor plain text (one that allows plain text but not JSON reaches a
 * controller and is refused by {@link LequinoxAcceptInterceptor}). On this API's paths they are answered its
 * way, with the family's 500s (it documents no 406 or 415); anywhere else this resolver declines.
 */
@Component
class LequinoxMediaTypeExceptionResolver implements HandlerExceptionResolver, Ordered {

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception exception) {
        if (handler != null || !request.getRequestURI().startsWith(request.getContextPath() + "/lequinox/")) {
            return null;
        }
        try {
            switch (exception) {
                case HttpMediaTypeNotSupportedException unsupported ->
                    LequinoxErrorWriter.write(
                            response,
                            LequinoxMessage.JSON_PARSE_ERROR,
                            LequinoxMessage.JSON_PARSE_ERROR.text("(the body is declared "
                                    + (unsupported.getContentType() == null
                                            ? "with no Content-Type"
                                            : unsupported.getContentType().toString())
                                    + ", not application/json)"));
                case HttpMediaTypeNotAcceptableException notAcceptable ->
                    LequinoxErrorWriter.write(response, LequinoxMessage.UNEXPECTED_UNKNOWN_ERROR);
                default -> {
                    return null;
                }
            }
        } catch (IOException failed) {
            return null;
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
