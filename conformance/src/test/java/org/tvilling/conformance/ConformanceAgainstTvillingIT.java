package org.tvilling.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The suite against tvilling itself, as a black box: the server's boot jar started as a process on a free port
 * (local mode, a database of its own with the demo data), the suite's jar run against it with the default
 * profile. Every check passes, with 100 % coverage; and the suite runs again against the same server. The
 * server's local issuer signs with a key this test gives it ({@code tvilling.local-issuer.signing-key}), so
 * that the test can also hand the suite what no client can ask the issuer for: a token of that issuer that has
 * expired, and the "expired token is refused" checks run too.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConformanceAgainstTvillingIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path work = Path.of("target", "it", "tvilling");
    private Launched server;
    private URI baseUrl;
    private Path data;
    private RSAKey issuerKey;

    @BeforeAll
    void startTvilling() throws Exception {
        int port = Launched.freePort();
        baseUrl = URI.create("http://localhost:" + port);
        data = work.resolve("postgres-" + port).toAbsolutePath();
        issuerKey = new RSAKeyGenerator(2048).generate();
        Path pem = Files.createDirectories(work).resolve("issuer-" + port + ".pem");
        Files.writeString(
                pem,
                "-----BEGIN PRIVATE KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(issuerKey.toPrivateKey().getEncoded())
                        + "\n-----END PRIVATE KEY-----\n");
        server = Launched.start(
                work.resolve("server.log"),
                List.of(
                        Launched.java(),
                        "-jar",
                        Launched.property("tvilling.bootJar"),
                        "--server.port=" + port,
                        "--tvilling.embedded-postgres.data-directory=" + data,
                        "--tvilling.local-issuer.signing-key=file:" + pem.toAbsolutePath()));
        server.awaitHttp(baseUrl.resolve("/api-specs/star-virksomhedlogin.yaml"), Duration.ofMinutes(4));
    }

    @AfterAll
    void stopTvilling() throws IOException {
        if (server != null) {
            server.close();
        }
        if (data != null && Files.isDirectory(data)) {
            try (var files = Files.walk(data)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(file -> file.toFile().delete());
            }
        }
    }

    @Test
    @Order(1)
    void everyCheckPassesWithFullCoverage() throws Exception {
        Path report = work.resolve("report");
        int status = suite(
                report,
                "--seed",
                "20261201",
                "--profile",
                profileWithExpiredToken().toString());

        JsonNode results = JSON.readTree(report.resolve("results.json").toFile());
        assertThat(failures(results)).as("checks that failed or erred").isEmpty();
        assertThat(status).as("exit status").isZero();
        assertThat(results.path("passed").asBoolean()).isTrue();
        assertThat(results.at("/overall/coverage").asDouble())
                .as("overall coverage")
                .isEqualTo(1.0);
        assertThat(results.at("/overall/missing"))
                .as("documented responses without a check")
                .isEmpty();
        for (String api : Apis.names()) {
            assertThat(results.at("/apis/" + api + "/coverage").asDouble())
                    .as(api + " coverage")
                    .isEqualTo(1.0);
            assertThat(results.at("/apis/" + api + "/score").asDouble())
                    .as(api + " score")
                    .isEqualTo(1.0);
        }
        assertThat(notRun(results)).as("checks not run").isEmpty();
        assertThat(results.path("checks").findValuesAsText("title"))
                .as("the expired-token checks ran")
                .anyMatch(title -> title.toLowerCase(java.util.Locale.ROOT).contains("expired"));
        assertThat(Files.readString(report.resolve("index.html")))
                .contains("coverage", "score")
                .doesNotContain("demo-pw", "star-system-secret", "demo-key-se03");
        assertThat(Files.readString(report.resolve("junit.xml"))).contains("<testsuite name=\"star-virksomhedlogin\"");
    }

    @Test
    @Order(2)
    void theSuiteRunsAgainAgainstTheSameServer() throws Exception {
        Path report = work.resolve("report-again");
        int status = suite(report, "--api", "star-virksomhedlogin", "--api", "lequinox-access");

        JsonNode results = JSON.readTree(report.resolve("results.json").toFile());
        assertThat(failures(results))
                .as("checks that failed or erred the second time")
                .isEmpty();
        assertThat(status).isZero();
        assertThat(notRun(results))
                .as("the company's first login was given by the first run")
                .anyMatch(reason -> reason.contains("has logged in already"));
    }

    /**
     * The default profile and an expired token of the server's issuer: a real token of a demo client, its claims
     * kept, issued and expired an hour ago, signed with the issuer's key.
     */
    private Path profileWithExpiredToken() throws Exception {
        JWTClaimsSet claims =
                new Credentials(Profile.defaults(), new Http(baseUrl, Map.of(), new Secrets())).claims("star-system");
        Instant anHourAgo = Instant.now().minus(Duration.ofHours(1));
        SignedJWT expired = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256)
                        .keyID(issuerKey.computeThumbprint().toString())
                        .build(),
                new JWTClaimsSet.Builder(claims)
                        .issueTime(Date.from(anHourAgo.minus(Duration.ofMinutes(5))))
                        .notBeforeTime(Date.from(anHourAgo.minus(Duration.ofMinutes(5))))
                        .expirationTime(Date.from(anHourAgo))
                        .build());
        expired.sign(new RSASSASigner(issuerKey));
        String profile;
        try (var in = getClass().getClassLoader().getResourceAsStream("default-profile.yaml")) {
            profile = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return Files.writeString(
                work.resolve("profile-with-expired-token.yaml"),
                profile + "\nexpiredToken: " + expired.serialize() + "\n");
    }

    /** Runs the suite's jar against the server (the default profile unless given); its exit status. */
    private int suite(Path report, String... more) throws Exception {
        List<String> arguments =
                new ArrayList<>(List.of("--base-url", baseUrl.toString(), "--report", report.toString()));
        arguments.addAll(List.of(more));
        return Launched.suite(work.resolve(report.getFileName() + ".log"), arguments.toArray(String[]::new));
    }

    static List<String> failures(JsonNode results) {
        List<String> failed = new ArrayList<>();
        for (JsonNode check : results.path("checks")) {
            String outcome = check.path("outcome").asText();
            if (outcome.equals("FAILED") || outcome.equals("ERROR")) {
                failed.add("%s %s %s: %s"
                        .formatted(
                                check.path("api").asText(),
                                check.path("operation").asText(),
                                check.path("title").asText(),
                                check.path("message").asText()));
            }
        }
        return failed;
    }

    private static List<String> notRun(JsonNode results) {
        List<String> reasons = new ArrayList<>();
        for (JsonNode check : results.path("checks")) {
            if (check.path("outcome").asText().equals("NOT_RUN")) {
                reasons.add(check.path("message").asText());
            }
        }
        return reasons;
    }

    static JsonNode read(Path file) throws IOException {
        return JSON.readTree(file.toFile());
    }
}
