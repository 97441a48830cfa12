package org.tvilling.platform.web;

import java.util.Arrays;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Wires the three places outside Spring MVC where a request can be refused to {@link ApiFamilies}: Spring
 * Security's firewall (its refusals, in place of its bare 400 and Spring Boot's error JSON), and Tomcat's
 * error report (in place of its HTML page), and the container's error page ({@link PlatformErrorPage}).
 */
@Configuration(proxyBeanMethods = false)
class RefusalConfiguration {

    @Bean
    PlatformErrorPage platformErrorPage(ApiFamilies families) {
        return new PlatformErrorPage(families);
    }

    /** The error page's servlet, at the path Spring Boot registers with the container as its error page. */
    @Bean
    ServletRegistrationBean<PlatformErrorPage> platformErrorPageServlet(
            PlatformErrorPage page, @Value("${server.error.path:/error}") String path) {
        ServletRegistrationBean<PlatformErrorPage> registration = new ServletRegistrationBean<>(page, path);
        registration.setName("platformErrorPage");
        return registration;
    }

    /** Spring Security uses the one firewall bean there is for every filter chain. */
    @Bean
    HttpFirewall requestFirewall() {
        return new RequestFirewall();
    }

    @Bean
    RequestRejectedHandler familyRequestRejectedHandler(ApiFamilies families) {
        return (request, response, rejected) -> {
            Refusal refusal = Refusals.of(rejected);
            families.refuse(
                    refusal == null ? new Refusal(Refusal.Reason.MALFORMED) : refusal,
                    request.getRequestURI(),
                    request,
                    response);
        };
    }

    @Bean
    TomcatConnectorCustomizer headerCountLimit(@Value("${tvilling.max-header-count}") int maxHeaderCount) {
        return connector -> connector.setProperty("maxHeaderCount", String.valueOf(maxHeaderCount));
    }

    /**
     * Replaces the host's error report valve with {@link RefusalValve} once the host has added its own (just
     * before the application's context starts). The families are looked up when a refusal is answered: the
     * valve is made while the web server is, before them.
     */
    @Bean
    TomcatContextCustomizer refusalValve(ObjectProvider<ApiFamilies> families) {
        return context -> context.addLifecycleListener(event -> {
            if (!Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                    || !(context.getParent() instanceof StandardHost host)) {
                return;
            }
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve && !(valve instanceof RefusalValve)) {
                    host.getPipeline().removeValve(valve);
                }
            }
            if (Arrays.stream(host.getPipeline().getValves()).noneMatch(RefusalValve.class::isInstance)) {
                host.getPipeline().addValve(new RefusalValve(families));
            }
        });
    }
}
