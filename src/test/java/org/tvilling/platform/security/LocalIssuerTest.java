package org.tvilling.platform.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tvilling.ApiTest;
import tools.jackson.databind.json.JsonMapper;

/** Local mode's OAuth2 issuer: client_credentials for the demo clients, with their claims. */
class LocalIssuerTest extends ApiTest {

    @Test
    void token_demoClientWithScope_carriesItsOrganisationAndTheScope() {
        String token = given().auth()
                .preemptive()
                .basic("star-system", "star-system-secret")
                .formParam("grant_type", "client_credentials")
                .formParam("scope", "virksomhedsindsats.login.write")
                .post("/oauth2/token")
                .then()
                .statusCode(200)
                .body("token_type", is("Bearer"))
                .extract()
                .path("access_token");

        Map<String, Object> claims = claims(token);
        assertThat(claims)
                .containsEntry("iss", "http://localhost:8080")
                .containsEntry("sub", "star-system")
                .containsEntry("organisationType", "STAR")
                .containsEntry("organisationCode", "STAR")
                .containsEntry("scope", "virksomhedsindsats.login.write")
                .containsKey("exp");
    }

    /**
     * Altinn's vendors: a scope with a colon and slashes, and {@code consumer} as the JSON object Maskinporten
     * writes (a nested claim from the client's configuration).
     */
    @Test
    void token_altinnVendor_carriesTheScopeAndTheConsumerObject() {
        Map<String, Object> claims = claims(token("vendor-991825827", "altinn:authentication/systemregister.write"));
        assertThat(claims)
                .containsEntry("scope", "altinn:authentication/systemregister.write")
                .containsEntry("consumer", Map.of("authority", "iso6523-actorid-upis", "ID", "0192:991825827"));
    }

    @Test
    void token_secretInTheRequestBody_isAcceptedToo() {
        given().formParam("grant_type", "client_credentials")
                .formParam("client_id", "jobcenter-101")
                .formParam("client_secret", "jobcenter-101-secret")
                .post("/oauth2/token")
                .then()
                .statusCode(200);
    }

    @Test
    void token_withoutScope_hasNoScopeClaim() {
        Map<String, Object> claims = claims(token("jobcenter-101"));
        assertThat(claims).containsEntry("organisationType", "JobCenter").containsEntry("organisationCode", "101");
        assertThat(claims).doesNotContainKey("scope");
    }

    @Test
    void token_wrongSecret_returns401() {
        given().auth()
                .preemptive()
                .basic("star-system", "wrong")
                .formParam("grant_type", "client_credentials")
                .post("/oauth2/token")
                .then()
                .statusCode(401)
                .body("error", is("invalid_client"));
    }

    @Test
    void token_scopeTheClientMayNotHave_returns400() {
        given().auth()
                .preemptive()
                .basic("jobcenter-101", "jobcenter-101-secret")
                .formParam("grant_type", "client_credentials")
                .formParam("scope", "virksomhedsindsats.login.write")
                .post("/oauth2/token")
                .then()
                .statusCode(400)
                .body("error", is("invalid_scope"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claims(String token) {
        byte[] payload = Base64.getUrlDecoder().decode(token.split("\\.")[1]);
        return JsonMapper.builder().build().readValue(payload, Map.class);
    }
}
