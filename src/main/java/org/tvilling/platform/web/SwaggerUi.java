package org.tvilling.platform.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tvilling.platform.security.LocalIssuerProperties;

/**
 * Swagger UI for the hand-written contracts (design.md §8): the page and its script are static
 * (static/swagger-ui/), Swagger UI itself comes from its webjar, and this answers its configuration: one entry
 * per API, pointing at the contract the server serves unchanged under /api-specs/ (never a spec generated from
 * code). "Try it out" sends to the contract's server, whose {@code origin} variable defaults to
 * http://localhost:8080. In local mode the configuration also names the local issuer's token endpoint and the
 * scopes of its demo clients, which the page offers beside the contracts' bearer schemes (swagger-initializer.js).
 */
@RestController
class SwaggerUi {

    static final String PAGE = "/swagger-ui/index.html";

    private final List<ApiDescriptor> apis;

    private final ObjectProvider<LocalIssuerProperties> localIssuer;

    SwaggerUi(List<ApiDescriptor> apis, ObjectProvider<LocalIssuerProperties> localIssuer) {
        this.apis = apis;
        this.localIssuer = localIssuer;
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
        localIssuer.ifAvailable(issuer -> configuration.put(
                "localIssuer",
                Map.of(
                        "tokenUrl",
                        "/oauth2/token",
                        "scopes",
                        issuer.clients().values().stream()
                                .flatMap(client -> client.scopes().stream())
                                .distinct()
                                .sorted()
                                .collect(
                                        Collectors.toMap(scope -> scope, scope -> scope, (a, b) -> a, TreeMap::new)))));
        return configuration;
    }
}
