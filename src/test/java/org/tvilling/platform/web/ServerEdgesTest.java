package org.tvilling.platform.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import io.restassured.RestAssured;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.tvilling.ApiTest;
import org.tvilling.EdgeRequests;
import org.tvilling.RequestLogs;
import org.tvilling.contract.Answer;
import org.tvilling.contract.RawExchanges;
import org.tvilling.contract.fuzz.RawHttp;
import org.tvilling.contract.fuzz.RawRequest;

/**
 * What no API family answers: paths outside the five base paths, in the platform's one format (an RFC 9457
 * problem document), the contracts served next to the APIs, and the log of refused requests.
 */
@ExtendWith(OutputCaptureExtension.class)
class ServerEdgesTest extends ApiTest {

    @Test
    void unknownRoute_returns404Problem() {
        problem(RawExchanges.send(RawRequest.of("GET", "/no/such/thing")), 404);
        given().get("/no/such/thing")
                .then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("title", is("Not Found"));
    }

    @Test
    void unsupportedMethodOutsideTheApis_returns405ProblemWithAllow() {
        given().post("/api-specs/star-virksomhedlogin.yaml")
                .then()
                .statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", containsString("GET"))
                .body("status", is(405));
    }

    /** Refused by Tomcat (escapes, a path it will not map) and by the firewall ({@code ;}, {@code //}). */
    @Test
    void malformedPathOutsideTheApis_returns400Problem() {
        for (String target :
                List.of("/no/a%2Fb", "/no/a%5Cb", "/no/a%00b", "/no/a%zzb", "/no/a%25b", "/no;x=1/b", "//no/b")) {
            problem(RawExchanges.send(RawRequest.of("GET", target)), 400);
        }
    }

    @Test
    void headerFieldsOverTheLimitOutsideTheApis_returns431Problem() {
        given().headers(EdgeRequests.OVERSIZED_HEADER)
                .get("/api-specs/star-virksomhedlogin.yaml")
                .then()
                .statusCode(431)
                .contentType("application/problem+json")
                .body("status", is(431));
    }

    /**
     * A request line over the limit leaves no path to choose a family by: the platform's 414, whatever it named.
     * Sent without the contract check, as no API's contract can hold such a request (README, "Limits").
     */
    @Test
    void requestLineOverTheLimit_returns414Problem() {
        RawHttp client = new RawHttp("localhost", RestAssured.port, Duration.ofSeconds(30));
        for (String base : List.of("/no/", "/star/v1/VirksomhedLogin/", "/lequinox/server/access/")) {
            problem(client.send(RawRequest.of("GET", base + "x".repeat(40_000))), 414);
        }
    }

    @Test
    void errorPageAskedForByName_returns404Problem() {
        given().get("/error").then().statusCode(404).contentType("application/problem+json");
    }

    /**
     * Every entry point of a refusal (Tomcat's, the firewall's, Spring MVC's, the error page's, a header read
     * late) logs it in one line below ERROR, without a stack trace: bad input cannot fill a disk or page anyone.
     */
    @Test
    void refusedRequests_areLoggedInOneInfoLineEachWithoutStackTraces(CapturedOutput output) {
        int before = output.getAll().length();
        List<RawRequest> refused = List.of(
                RawRequest.of("GET", "/star/v1/VirksomhedLogin/12%2F345678"),
                RawRequest.of("GET", "/star/v1/VirksomhedLogin;x=1/12345678"),
                RawRequest.of("GET", "/restapi/services/rest/api/v1/logout?userid=%zz"),
                RawRequest.of("GET", "/restapi/services/rest/api/v1/logout")
                        .with(new RawRequest.Header("hvtoken", EdgeRequests.CONTROL_BYTES.getFirst())),
                RawRequest.of("POST", "/restapi/services/rest/api/v1/logon")
                        .with("Accept", "text/plain")
                        .with("Content-Type", "application/json")
                        .withBody("{}".getBytes()),
                RawRequest.of("TRACE", "/no/such/thing"),
                RawRequest.of("GET", "/lequinox/server/access")
                        .with("X-Oversized", EdgeRequests.OVERSIZED_HEADER.get("X-Oversized")));
        refused.forEach(RawExchanges::send);

        // the refusals' own lines, not the request line every request gets (platform.operations.RequestLogFilter)
        List<RequestLogs.Entry> logged = RequestLogs.of(output.getAll().substring(before)).stream()
                .filter(entry -> !entry.lines().getFirst().contains("RequestLogFilter"))
                .toList();
        assertThat(logged)
                .as("one INFO line per refusal")
                .hasSize(refused.size())
                .allSatisfy(entry -> {
                    assertThat(entry.level()).isEqualTo("INFO");
                    assertThat(entry.first()).contains("Refused ");
                    assertThat(entry.lines()).hasSize(1);
                });
    }

    /** A refusal's line says which family's path it was, never the path: HELIUM V's logout path holds a token. */
    @Test
    void refusedRequests_logNothingOfTheirPath(CapturedOutput output) {
        int before = output.getAll().length();
        String token = "5f0c2a4e-0d7b-4c55-9a51-" + "7e0d8a365c4b";
        RawExchanges.send(RawRequest.of("GET", "/restapi/services/rest/api/v1/logout/" + token)
                .with("X-Padding", "x".repeat(40 * 1024)));
        RawExchanges.send(RawRequest.of("GET", "/no/" + token + "%zz"));
        String logged = output.getAll().substring(before);
        assertThat(logged).contains("Refused GET /restapi/").doesNotContain(token);
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

    private static void problem(Answer answer, int status) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.body()).contains("\"status\":" + status);
    }
}
