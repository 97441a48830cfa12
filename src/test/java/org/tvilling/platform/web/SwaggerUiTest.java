package org.tvilling.platform.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tvilling.ApiTest;

/**
 * Swagger UI's page, its own distribution and its configuration: every served contract listed once, by the
 * file in api-specs/, and (local mode) the local issuer with the demo clients' scopes. The page itself is driven
 * in a real browser by the clients' SwaggerUiBrowserTest.
 */
class SwaggerUiTest extends ApiTest {

    @Test
    void swaggerUi_pageAndItsDistribution_areServed() {
        given().get("/swagger-ui/index.html").then().statusCode(200).body(containsString("swagger-initializer.js"));
        given().get("/swagger-ui/swagger-initializer.js").then().statusCode(200);
        given().get("/webjars/swagger-ui/swagger-ui-bundle.js").then().statusCode(200);
    }

    @Test
    void swaggerUiConfiguration_listsEveryContract_andTheLocalIssuer() {
        Map<String, Object> configuration = given().get("/swagger-ui/swagger-config.json")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);

        @SuppressWarnings("unchecked")
        List<Map<String, String>> urls = (List<Map<String, String>>) configuration.get("urls");
        assertThat(urls)
                .extracting(url -> url.get("url"))
                .containsExactlyInAnyOrder(
                        "/api-specs/star-virksomhedlogin.yaml",
                        "/api-specs/star-letasylcv.yaml",
                        "/api-specs/heliumv-user.yaml",
                        "/api-specs/altinn-systemregister.yaml",
                        "/api-specs/lequinox-access.yaml");
        urls.forEach(url -> given().get(url.get("url")).then().statusCode(200));
        assertThat(configuration.get("localIssuer"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsEntry("tokenUrl", "/oauth2/token")
                .extractingByKey("scopes")
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.MAP)
                .containsKeys("virksomhedsindsats.login.write", "altinn:authentication/systemregister.write");
    }
}
