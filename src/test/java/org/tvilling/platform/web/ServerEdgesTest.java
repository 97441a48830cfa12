package org.tvilling.platform.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tvilling.ApiTest;

/** What no API family answers: unknown routes and methods, and the contracts served next to the APIs. */
class ServerEdgesTest extends ApiTest {

    @Test
    void unknownRoute_returns404Problem() {
        given().get("/no/such/thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404));
    }

    @Test
    void unsupportedMethodOnAnApiRoute_returns405WithAllow() {
        given().header("Authorization", bearer(token("star-system")))
                .delete("/star/v1/VirksomhedLogin/12345678")
                .then()
                .statusCode(405)
                .header("Allow", org.hamcrest.Matchers.containsString("GET"))
                .body("status", is(405));
    }

    @Test
    void contracts_areServedAsWritten() throws Exception {
        String served = given().get("/api-specs/star-virksomhedlogin.yaml")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(served).isEqualTo(Files.readString(Path.of("api-specs/star-virksomhedlogin.yaml")));
    }
}
