package org.tvilling.platform.web;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

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
        String root = "http://localhost:" + event.getWebServer().getPort();
        for (ApiDescriptor api : apis) {
            log.info(
                    "{}: {}{} (contract: {}/api-specs/{}, Swagger UI: {})",
                    api.name(),
                    root,
                    api.path(),
                    root,
                    api.spec(),
                    SwaggerUi.link(root, api));
        }
    }
}
