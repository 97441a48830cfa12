package org.tvilling.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/** The start-up lines of design.md §6: the URL of each API, of its spec, and of Swagger UI on it. */
@Component
class ApiAnnouncer {

    private static final Logger log = LoggerFactory.getLogger(ApiAnnouncer.class);

    private final List<ApiDescriptor> apis;

    ApiAnnouncer(List<ApiDescriptor> apis) {
        this.apis = apis;
    }

    @EventListener
    void announce(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            // the management port's server ("management"): it serves the operations endpoints, no API
            return;
        }
        String root = "http://localhost:" + event.getWebServer().getPort();
        for (ApiDescriptor api : apis) {
            log.info(
                    "{}: {}{} (contract: {}/api-specs/{}, Swagger UI: {})",
                    api.name(),
                    root,
                    api.path(),
                    root,
                    api.spec(),
                    swaggerUi(root, api));
        }
    }

    /** Swagger UI (static/swagger-ui/) opened on the API's contract, by the name swagger-config.json gives it. */
    static String swaggerUi(String root, ApiDescriptor api) {
        return root + "/swagger-ui/index.html?urls.primaryName="
                + UriUtils.encodeQueryParam(api.name(), StandardCharsets.UTF_8);
    }
}
