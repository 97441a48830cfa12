package org.tvilling.platform.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One log line per request on the API port, with what an operator needs and nothing a caller sent: the
 * method, the family and operationId (never the path, which can hold numbers and session tokens), the status,
 * the duration and the correlation id. The correlation id is the W3C trace context's trace id: taken from a
 * valid {@code traceparent}, generated otherwise, and returned in {@code traceparent} with this server's own
 * span id; every log line written while the request runs carries it ({@code traceId} in the MDC). Before
 * Spring Security, so that refused requests are logged too; probes are not logged.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestLogFilter extends OncePerRequestFilter {

    static final String TRACE_ID = "traceId";
    static final String SPAN_ID = "spanId";

    private static final Logger log = LoggerFactory.getLogger(RequestLogFilter.class);

    private final ApiOperations operations;

    RequestLogFilter(ApiOperations operations) {
        this.operations = operations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.equals("/livez") || path.equals("/readyz");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long start = System.nanoTime();
        TraceContext trace = TraceContext.continueOrStart(request.getHeader(TraceContext.HEADER));
        response.setHeader(TraceContext.HEADER, trace.header());
        MDC.put(TRACE_ID, trace.traceId());
        MDC.put(SPAN_ID, trace.spanId());
        int status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        try {
            chain.doFilter(request, response);
            status = response.getStatus();
        } finally {
            ApiOperations.Operation operation = operations.resolve(request);
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            log.atInfo()
                    .addKeyValue("http.method", request.getMethod())
                    .addKeyValue("family", operation.family())
                    .addKeyValue("operationId", operation.operationId())
                    .addKeyValue("http.status", status)
                    .addKeyValue("durationMs", millis)
                    .log(
                            "{} {} {} -> {} in {} ms (trace {})",
                            request.getMethod(),
                            operation.family(),
                            operation.operationId(),
                            status,
                            millis,
                            trace.traceId());
            MDC.remove(TRACE_ID);
            MDC.remove(SPAN_ID);
        }
    }
}
