package org.tvilling.platform.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tvilling.ApiTest;

/**
 * Swagger UI (static/swagger-ui/): its page, its own distribution, its list of contracts (exactly the APIs the
 * server announces, each by the contract it serves) and, in local mode, the OAuth2 metadata by which the page
 * knows that the local issuer is there. The page itself is driven in a real browser by the clients'
 * SwaggerUiBrowserTest.
 */
class SwaggerUiTest extends ApiTest {

    @Autowired
    List<ApiDescriptor> apis;

    @Test
    void swaggerUi_pageAndItsDistribution_areServed() {
        given().get("/swagger-ui/index.html").then().statusCode(200).body(containsString("swagger-initializer.js"));
        given().get("/swagger-ui/swagger-initializer.js").then().statusCode(200);
        given().get("/webjars/swagger-ui/swagger-ui-bundle.js").then().statusCode(200);
    }

    @Test
    void swaggerUiConfiguration_listsEveryAnnouncedApiByItsContract() {
        @SuppressWarnings("unchecked")
        List<Map<String, String>> urls = (List<Map<String, String>>) given().get("/swagger-ui/swagger-config.json")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class)
                .get("urls");

        assertThat(urls)
                .containsExactlyInAnyOrderElementsOf(apis.stream()
                        .map(api -> Map.of("name", api.name(), "url", "/api-specs/" + api.spec()))
                        .toList());
        urls.forEach(url -> given().get(url.get("url")).then().statusCode(200));
        assertThat(ApiAnnouncer.swaggerUi("http://localhost:8080", apis.getFirst()))
                .startsWith("http://localhost:8080/swagger-ui/index.html?urls.primaryName=")
                .doesNotContain(" ", "+");
    }

    @Test
    void localIssuerMetadata_inLocalMode_isPublished() {
        given().get("/.well-known/oauth-authorization-server")
                .then()
                .statusCode(200)
                .body(containsString("/oauth2/token"));
    }
}
