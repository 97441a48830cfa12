package org.tvilling.heliumv;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The errors Spring raises while it looks for the operation of a request under HELIUM V's base path (no such
 * route, method, media type or acceptable answer), before any handler is chosen, so that the family's
 * {@link HeliumvExceptionHandler} (which only sees requests its controllers handle) cannot answer them:
 * answered the HELIUM V way too, with the status and its standard headers ({@code Allow}, {@code Accept}) and
 * no body, instead of the platform's problem document.
 */
@Component
class HeliumvRoutingErrorResolver implements HandlerExceptionResolver, Ordered {

    static final String BASE_PATH = "/restapi/";

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception exception) {
        // An operation's own errors are HeliumvExceptionHandler's; a route that is none ends at the resource handler.
        if (handler instanceof HandlerMethod
                || !request.getRequestURI().startsWith(request.getContextPath() + BASE_PATH)) {
            return null;
        }
        if (!(exception instanceof HttpMediaTypeNotSupportedException
                || exception instanceof HttpMediaTypeNotAcceptableException
                || exception instanceof HttpRequestMethodNotSupportedException
                || exception instanceof NoResourceFoundException)) {
            return null;
        }
        ErrorResponse error = (ErrorResponse) exception;
        response.setStatus(error.getStatusCode().value());
        error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
