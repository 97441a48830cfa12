package org.tvilling.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * The refusals Spring MVC raises (no route, no such method, a body's media type it does not read, an
 * {@code Accept} it cannot answer, a header value or query string the firewall or Tomcat refused when the
 * application read it), answered by the family of the request's path before any family's controller advice
 * could take them for unexpected failures. Most come before a handler is chosen, where no family's advice
 * (scoped to its controllers) would see them at all.
 */
@Component
class RefusalResolver implements HandlerExceptionResolver, Ordered {

    private final ApiFamilies families;

    RefusalResolver(ApiFamilies families) {
        this.families = families;
    }

    @Override
    public @Nullable ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, @Nullable Object handler, Exception exception) {
        Refusal refusal = Refusals.of(exception);
        if (refusal == null) {
            return null;
        }
        try {
            families.refuse(refusal, request.getRequestURI(), request, response);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return new ModelAndView();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
