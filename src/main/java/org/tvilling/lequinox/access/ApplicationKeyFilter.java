package org.tvilling.lequinox.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.tvilling.platform.logging.SafeLog;

/**
 * Security "apiKey | Key" of every operation: the header {@code Key} must name an application, or the request
 * ends here with the documented 400, before anything else about it is checked. A missing key is an unknown
 * one (no other answer is documented).
 */
final class ApplicationKeyFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(ApplicationKeyFilter.class);

    static final String HEADER = "Key";

    private final ApplicationRepository applications;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    ApplicationKeyFilter(ApplicationRepository applications) {
        this.applications = applications;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        Optional<Application> application;
        try {
            application = key == null || key.isEmpty() ? Optional.empty() : applications.findByKey(key);
        } catch (RuntimeException failure) {
            // The database failed before any controller: answered here the family's way, as its advice would.
            log.error("Lequinox application lookup failed: {}", SafeLog.describe(failure));
            LequinoxErrorWriter.write(response, LequinoxMessage.UNEXPECTED_UNKNOWN_ERROR);
            return;
        }
        if (application.isEmpty()) {
            LequinoxErrorWriter.write(response, LequinoxMessage.APPLICATION_NOT_FOUND);
            return;
        }
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(new CallingApplication(application.get()));
        contexts.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            contexts.clearContext();
        }
    }
}
