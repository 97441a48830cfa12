package org.tvilling.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.webmvc.error.ErrorController;
import org.tvilling.platform.web.Refusal.Reason;

/**
 * The server's error page (the path Spring Boot registers with the container as its one error page, {@code
 * /error}, where the container sends every error status a filter or servlet set with {@code sendError}, and
 * every exception that escaped them), in place of Spring Boot's {@code {timestamp, status, error, path}} JSON
 * and whitelabel HTML: answered by the family of the path the client sent, like every other refusal. A servlet
 * of its own rather than a controller: it is no operation, and every route a controller maps is one. Being the
 * application's {@link ErrorController}, it keeps Spring Boot from mapping its own.
 */
final class PlatformErrorPage extends HttpServlet implements ErrorController {

    private final transient ApiFamilies families;

    PlatformErrorPage(ApiFamilies families) {
        this.families = families;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!(request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer status)) {
            // Asked for by name, not sent here by the container: there is no such resource.
            families.refuse(new Refusal(Reason.NO_ROUTE), request.getRequestURI(), request, response);
            return;
        }
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Refusal refusal = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Throwable failure
                ? refusal(failure, status)
                : refusalOf(status);
        if (refusal == null) {
            // A status of its own (a 401 or 403 of the token endpoint, say): kept, in the platform's format.
            families.answer(status, path, request, response);
            return;
        }
        families.refuse(refusal, path, request, response);
    }

    /** A failure that is no refusal has been logged where it escaped (by the container): a 500 of the family. */
    private static Refusal refusal(Throwable failure, int status) {
        Refusal refusal = Refusals.of(failure);
        if (refusal != null) {
            return refusal;
        }
        Reason reason = Refusals.of(status);
        return new Refusal(reason == null ? Reason.UNEXPECTED : reason);
    }

    private static @Nullable Refusal refusalOf(int status) {
        Reason reason = Refusals.of(status);
        return reason == null ? null : new Refusal(reason);
    }
}
