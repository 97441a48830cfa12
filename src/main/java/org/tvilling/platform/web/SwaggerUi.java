package org.tvilling.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Swagger UI for the hand-written contracts (design.md §8): the page and its script are static
 * (static/swagger-ui/), Swagger UI itself comes from its webjar, and this answers its configuration: one entry
 * per API, pointing at the contract the server serves unchanged under /api-specs/ (never a spec generated from
 * code). "Try it out" sends to the contract's server, whose {@code origin} variable defaults to
 * http://localhost:8080; the local issuer's token endpoint is in the STAR and Altinn contracts (localIssuer).
 */
@RestController
class SwaggerUi {

    static final String PAGE = "/swagger-ui/index.html";

    private final List<ApiDescriptor> apis;

    SwaggerUi(List<ApiDescriptor> apis) {
        this.apis = apis;
    }

    /** The link that opens Swagger UI on one API's contract. */
    static String link(String root, ApiDescriptor api) {
        return root + PAGE + "?urls.primaryName=" + URLEncoder.encode(api.name(), StandardCharsets.UTF_8);
    }

    @GetMapping("/swagger-ui/swagger-config.json")
    Map<String, Object> configuration() {
        Map<String, Object> configuration = new LinkedHashMap<>();
        configuration.put(
                "urls",
                apis.stream()
                        .map(api -> Map.of("name", api.name(), "url", "/api-specs/" + api.spec()))
                        .toList());
        configuration.put("persistAuthorization", true);
        configuration.put("displayOperationId", true);
        configuration.put("validatorUrl", "none");
        return configuration;
    }
}
