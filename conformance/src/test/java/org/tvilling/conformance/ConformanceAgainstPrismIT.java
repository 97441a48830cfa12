package org.tvilling.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * A suite that cannot fail a mock is no conformance suite: Stoplight Prism mocking star-virksomhedlogin.yaml
 * answers every request with the contract's example shapes, and the suite must fail it for what a mock cannot
 * do (a repeated x-requestId, unknown companies, refusing callers) and for the answers that break the contract
 * (Prism's "string" for a cvrNummer of pattern [0-9]{8}). The requests sent raw and broken come last: Prism dies
 * on an {@code Accept} it cannot parse, and every check after that fails with no answer.
 */
class ConformanceAgainstPrismIT {

    private static final String API = "star-virksomhedlogin";

    @Test
    void theSuiteFailsAPrismMockForWhatItCannotDo() throws Exception {
        Path work = Path.of("target", "it", "prism");
        int port = Launched.freePort();
        URI mock = URI.create("http://127.0.0.1:" + port);
        Path spec = Path.of(Launched.property("tvilling.apiSpecs"), API + ".yaml");
        try (Launched prism = Launched.start(
                work.resolve("prism.log"),
                List.of(
                        Launched.property("tvilling.node"),
                        Launched.property("tvilling.prism"),
                        "mock",
                        "--host",
                        "127.0.0.1",
                        "--port",
                        String.valueOf(port),
                        spec.toString()))) {
            prism.awaitHttp(mock.resolve("/v1/VirksomhedLogin"), Duration.ofMinutes(1));

            Path report = work.resolve("report");
            int status = Launched.suite(
                    work.resolve("suite.log"),
                    "--base-url",
                    mock.toString(),
                    "--api",
                    API,
                    // Prism serves the paths of the contract at its root, without the base path /star.
                    "--api-base",
                    API + "=" + mock,
                    "--profile",
                    "src/test/resources/prism-profile.yaml",
                    "--report",
                    report.toString(),
                    "--seed",
                    "1");

            assertThat(status).as("exit status of a failed run").isEqualTo(1);
            JsonNode results = ConformanceAgainstTvillingIT.read(report.resolve("results.json"));
            assertThat(results.path("passed").asBoolean()).isFalse();

            assertThat(failed(results, "SetVirksomhedLogin", "a repeated x-requestId is refused"))
                    .contains("expected 412, got 200");
            assertThat(failed(results, "SetVirksomhedLogin", "100 concurrent requests with one x-requestId"))
                    .contains("expected exactly one 200 of 100");
            assertThat(failed(results, "GetVirksomhedLogin", "a company with logins"))
                    .contains("cvrNummer", "[0-9]{8}", "\"string\"");
            assertThat(failed(results, "GetVirksomhedLogins", "every company with a login"))
                    .contains("cvrNummer", "[0-9]{8}");
            assertThat(failed(results, "SetVirksomhedLogin", "an unknown company is not found"))
                    .contains("expected 404, got 200");
            assertThat(failed(results, "SetVirksomhedLogin", "role kommune")).contains("expected 403, got 200");
            assertThat(failed(results, "SetVirksomhedLogin", "a garbage bearer token is refused"))
                    .contains("expected 401, got 200");
            assertThat(failed(results, "GetVirksomhedLogin", "a request without a credential is refused"))
                    .contains("expected 401 with code 1012");
            assertThat(failed(results, "GetVirksomhedLogin", "an Accept header with control characters"))
                    .as("Prism 5.14 dies on an Accept it cannot parse; the suite says the mock stopped answering")
                    .containsAnyOf("no answer", "answer breaks the contract", "expected 400");
            assertThat(results.at("/apis/" + API + "/score").asDouble()).isLessThan(0.5);
            assertThat(results.at("/apis/" + API + "/coverage").asDouble()).isEqualTo(1.0);

            String junit = Files.readString(report.resolve("junit.xml"));
            assertThat(junit).contains("<failure", "x-requestId", "curl -sS -i -X PUT");
            assertThat(Files.readString(report.resolve("index.html")))
                    .contains("expected 412, got 200")
                    .doesNotContain("prism-mock-star-system");
        }
    }

    /** The message of the failed check of the operation whose title starts so; fails if it did not fail. */
    private static String failed(JsonNode results, String operation, String title) {
        JsonNode check = StreamSupport.stream(results.path("checks").spliterator(), false)
                .filter(candidate -> candidate.path("operation").asText().equals(operation)
                        && candidate.path("title").asText().startsWith(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no check of " + operation + " titled " + title));
        assertThat(check.path("outcome").asText()).as(operation + " " + title).isEqualTo("FAILED");
        return check.path("message").asText();
    }
}
