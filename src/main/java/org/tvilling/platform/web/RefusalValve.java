package org.tvilling.platform.web;

import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.apache.tomcat.util.res.StringManager;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.tvilling.platform.web.Refusal.Reason;

/**
 * Tomcat's own refusals, made before a request reaches the application and so before the error page could
 * answer it (header fields over the limit, a request line too long, a URI Tomcat will not decode: {@code %2F},
 * {@code %5C}, {@code %00}, a bad escape, characters outside RFC 3986), answered by the family of the path
 * instead of Tomcat's HTML page. Installed in place of the host's {@link ErrorReportValve}, which Tomcat calls
 * for every error answer that nothing else has written.
 */
final class RefusalValve extends ErrorReportValve {

    private static final Logger log = LoggerFactory.getLogger(RefusalValve.class);

    /** Tomcat's message when the request line and header fields do not fit its header buffer. */
    private static final String HEADER_TOO_LARGE =
            StringManager.getManager("org.apache.coyote.http11").getString("iib.requestheadertoolarge.error");

    private final ObjectProvider<ApiFamilies> families;

    RefusalValve(ObjectProvider<ApiFamilies> families) {
        this.families = families;
    }

    @Override
    protected void report(Request request, Response response, @Nullable Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String path = request.getRequestURI();
        Reason reason = reason(request, status, throwable, path);
        try {
            if (reason == null) {
                families.getObject().answer(status, path, request, response);
            } else {
                families.getObject().refuse(new Refusal(reason), path, request, response);
            }
            response.finishResponse();
        } catch (IOException | IllegalStateException unanswerable) {
            log.debug("The refusal of a request could not be written", unanswerable);
        }
    }

    /**
     * Which limit a request broke: Tomcat reads the request line and the header fields into one buffer; when the
     * request line did not fit, there is no path at all (414), otherwise the header fields were too large
     * (431), as they were when there were more of them than it reads.
     */
    private static @Nullable Reason reason(
            Request request, int status, @Nullable Throwable throwable, @Nullable String path) {
        if (throwable instanceof IllegalArgumentException && HEADER_TOO_LARGE.equals(throwable.getMessage())) {
            return path == null || path.isEmpty() ? Reason.URI_TOO_LONG : Reason.HEADERS_TOO_LARGE;
        }
        if (throwable instanceof IllegalStateException && tooManyHeaders(request)) {
            return Reason.HEADERS_TOO_LARGE;
        }
        return Refusals.of(status);
    }

    private static boolean tooManyHeaders(Request request) {
        return request.getConnector().getProtocolHandler() instanceof AbstractHttp11Protocol<?> http
                && http.getMaxHeaderCount() >= 0
                && request.getCoyoteRequest().getMimeHeaders().size() >= http.getMaxHeaderCount();
    }
}
