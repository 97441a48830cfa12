package org.tvilling.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.tvilling.ApiTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Production mode as an operator runs it (README "Deploying"): two instances on one PostgreSQL database that
 * the test created, token issuers whose JWK sets the test serves (STAR and Altinn trusting different ones),
 * Lequinox and HELIUM V provisioned with the scripts of deploy/sql, JSON logs. The instances must behave as
 * one (design.md §7), and an operator must find the probes, metrics and info of §8.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ProductionInstancesTest extends ApiTest {

    private static final String CVR = "55667788";
    private static final String CPR = "0101901234";
    private static final String INVALID_CPR = "3201901234";
    private static final String PASSWORD = "Hemmelig-Kodeord-4711";
    private static final String NEW_PASSWORD = "Neues-Kennwort-0815";
    private static final String HV = "/restapi/services/rest/api/v1";
    private static final String SYSTEMS = "/authentication/api/v1/systemregister/vendor";
    private static final String LEQUINOX = "/lequinox/server";
    private static final Map<String, Object> STAR_SYSTEM =
            Map.of("organisationType", "STAR", "organisationCode", "STAR", "scope", "virksomhedsindsats.login.write");
    private static final Map<String, Object> JOBCENTER =
            Map.of("organisationType", "JobCenter", "organisationCode", "101");
    private static final Map<String, Object> VENDOR = Map.of(
            "scope",
            "altinn:authentication/systemregister.write",
            "consumer",
            Map.of("authority", "iso6523-actorid-upis", "ID", "0192:991825827"));

    @Autowired
    private EmbeddedPostgres suitePostgres;

    private final String lequinoxKey = HexFormat.of().formatHex(new SecureRandom().generateSeed(32));
    private TestIssuer starIssuer;
    private TestIssuer altinnIssuer;
    private ProductionServer one;
    private ProductionServer two;
    private JdbcTemplate database;

    @BeforeAll
    void startTwoInstancesOnOneDatabase() throws Exception {
        // The suite's context configured logging for this JVM; production mode's JSON logs need it again.
        LoggingSystem.get(getClass().getClassLoader()).cleanUp();
        JdbcTemplate admin = new JdbcTemplate(suitePostgres.getPostgresDatabase());
        admin.execute("DROP DATABASE IF EXISTS instances");
        admin.execute("CREATE DATABASE instances");
        String url = suitePostgres.getJdbcUrl("postgres", "instances");
        starIssuer = TestIssuer.start("star");
        altinnIssuer = TestIssuer.start("altinn");
        List<String> settings = new ArrayList<>(List.of(starIssuer.trustedBy("star")));
        // These instances prove uniqueness across instances under a burst of 100 on a shared 2-core machine, not
        // the pool's bounded wait (DatabaseLossTest does): a burst may queue for connections longer than 1 s.
        settings.add("--tvilling.database.connection-timeout-ms=15000");
        settings.addAll(List.of(altinnIssuer.trustedBy("altinn")));
        one = ProductionServer.start(url, settings.toArray(String[]::new));
        settings.add("--tvilling.migrations.mode=wait");
        two = ProductionServer.start(url, settings.toArray(String[]::new));

        database = new JdbcTemplate(suitePostgres.getDatabase("postgres", "instances"));
        database.update("INSERT INTO star.virksomhed (cvr_nummer, navn) VALUES (?, 'Produktion ApS')", CVR);
        SqlScript.run(
                database,
                "lequinox-application.sql",
                Map.of(
                        "company", "se05",
                        "company_name", "Exempel AB",
                        "application_id", "se05.App00001.Applic01",
                        "application_name", "Exempel app",
                        "key", lequinoxKey,
                        "agreement_title", "Exempel AB user agreement",
                        "agreement_content", "By activating this access you accept the terms."));
        SqlScript.run(
                database,
                "heliumv-user.sql",
                Map.of(
                        "client",
                        "001",
                        "client_name",
                        "Example GmbH",
                        "locale",
                        "deAT",
                        "username",
                        "anna",
                        "password_hash",
                        new BCryptPasswordEncoder().encode(PASSWORD)));
    }

    @AfterAll
    void stopInstances() {
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.cleanUp();
        logging.initialize(new LoggingInitializationContext(new StandardEnvironment()), null, null);
        for (AutoCloseable closeable : new AutoCloseable[] {two, one, starIssuer, altinnIssuer}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    // production configuration

    @Test
    void productionMode_hasNoDemoDataAndNoLocalIssuer() {
        assertThat(one.context().getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
        assertThat(database.queryForObject(
                        "SELECT count(*) FROM flyway_schema_history WHERE version IS NULL", Integer.class))
                .as("no repeatable (demo) migration applied")
                .isZero();
        assertThat(database.queryForObject("SELECT count(*) FROM star.virksomhed", Integer.class))
                .isOne();
        given().port(one.port())
                .auth()
                .preemptive()
                .basic("star-system", "star-system-secret")
                .formParam("grant_type", "client_credentials")
                .post("/oauth2/token")
                .then()
                .statusCode(404);
        lequinox(one, "demo-key-se03")
                .get(LEQUINOX + "/access/se03.Demo0001.Access01")
                .then()
                .statusCode(400);
    }

    @Test
    void tokens_ofTheFamilysConfiguredIssuerAccepted_anyOtherRefused() throws Exception {
        String cvr = "/star/v1/VirksomhedLogin/" + CVR;
        withToken(one, starIssuer.token(STAR_SYSTEM), cvr).statusCode(404).body("fejl[0].fejlkode", equalTo(120700));
        withToken(one, altinnIssuer.token(STAR_SYSTEM), cvr).statusCode(401);
        withToken(two, starIssuer.forgedToken(STAR_SYSTEM), cvr).statusCode(401);

        withToken(two, altinnIssuer.token(VENDOR), SYSTEMS).statusCode(200);
        withToken(two, starIssuer.token(VENDOR), SYSTEMS).statusCode(401);
    }

    private static ValidatableResponse withToken(ProductionServer instance, String token, String path) {
        return given().port(instance.port())
                .header("Authorization", bearer(token))
                .get(path)
                .then();
    }

    // operations endpoints

    @Test
    void probes_onTheManagementPortAndAsLivezReadyzOnTheApiPort_actuatorNotOnTheApiPort() {
        given().port(one.managementPort())
                .get("/actuator/health/readiness")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
        given().port(one.managementPort())
                .get("/actuator/health/liveness")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"));
        given().port(one.managementPort())
                .get("/actuator/health")
                .then()
                .statusCode(200)
                .body("components", hasKey("db"));
        given().port(one.port()).get("/readyz").then().statusCode(200).body("status", equalTo("UP"));
        given().port(one.port()).get("/livez").then().statusCode(200).body("status", equalTo("UP"));
        for (String actuator : List.of("/actuator", "/actuator/health", "/actuator/prometheus", "/actuator/info")) {
            given().port(one.port()).get(actuator).then().statusCode(404);
        }
    }

    @Test
    void info_namesTheBuildAndEveryContractsVersion() {
        given().port(one.managementPort())
                .get("/actuator/info")
                .then()
                .statusCode(200)
                .body("build.artifact", equalTo("tvilling"))
                .body("apis.star-virksomhedlogin.version", equalTo("1 (2024-4)"))
                .body("apis.star-letasylcv.version", equalTo("1"))
                .body("apis.heliumv-user.version", equalTo("1"))
                .body("apis.altinn-systemregister.version", equalTo("1"))
                .body("apis.lequinox-access.version", equalTo("5.2"));
    }

    @Test
    void prometheus_requestsPerOperationAndStatus_pool_jvm_ownCounters() {
        String requestId = "metrics-" + UUID.randomUUID();
        String token = bearer(starIssuer.token(STAR_SYSTEM));
        for (int attempt = 0; attempt < 2; attempt++) {
            given().port(one.port())
                    .header("Authorization", token)
                    .header("x-requestId", requestId)
                    .put("/star/v1/VirksomhedLogin/" + CVR);
        }
        String metrics = given().port(one.managementPort())
                .get("/actuator/prometheus")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(metrics)
                .containsPattern("http_server_requests_seconds_count\\{[^}]*family=\"star\""
                        + "[^}]*operationId=\"SetVirksomhedLogin\"[^}]*status=\"412\",uri=\"[^\"]*\"} \\d")
                .containsPattern("http_server_requests_seconds_bucket\\{[^}]*operationId=\"SetVirksomhedLogin\""
                        + "[^}]*status=\"200\",uri=\"[^\"]*\",le=\"0.1\"}")
                .doesNotContain(CVR)
                .contains("hikaricp_connections_active")
                .contains("jvm_memory_used_bytes")
                .containsPattern("tvilling_requestid_repeated_total\\{api=\"star.virksomhedlogin\"} \\d");
    }

    // logs

    @Test
    void logs_oneJsonLinePerRequest_withOperationStatusDurationAndTraceId(CapturedOutput output) {
        String traceId = HexFormat.of().formatHex(new SecureRandom().generateSeed(16));
        given().port(one.port())
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .header("Authorization", bearer(starIssuer.token(JOBCENTER)))
                .header("x-civilRegistrationIdentifier", CPR)
                .get("/star/v1/LetAsylCv")
                .then()
                .statusCode(404)
                .header("traceparent", startsWith("00-" + traceId + "-"))
                .header("traceparent", org.hamcrest.Matchers.not(containsString("00f067aa0ba902b7")));
        String generated = given().port(one.port())
                .header("traceparent", "not a trace context")
                .contentType(ContentType.JSON)
                .body(Map.of("username", "anna", "password", PASSWORD))
                .post(HV + "/logon")
                .then()
                .statusCode(201)
                .extract()
                .header("traceparent");
        assertThat(generated).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-00");

        List<JsonNode> lines = requestLines(output);
        assertThat(lines)
                .anySatisfy(line -> {
                    assertThat(line.path("operationId").asString()).isEqualTo("GetLetAsylCv");
                    assertThat(line.path("family").asString()).isEqualTo("star");
                    assertThat(line.path("http").path("status").asInt()).isEqualTo(404);
                    assertThat(line.path("durationMs").isNumber()).isTrue();
                    assertThat(line.toString()).contains(traceId);
                })
                .anySatisfy(line -> {
                    assertThat(line.path("operationId").asString()).isEqualTo("logon");
                    assertThat(line.path("http").path("status").asInt()).isEqualTo(201);
                    assertThat(line.toString()).contains(generated.substring(3, 35));
                });
    }

    @Test
    void logs_neverHoldCprNumbersPasswordsKeysOrTokens(CapturedOutput output) {
        String starToken = starIssuer.token(JOBCENTER);
        String vendorToken = altinnIssuer.token(VENDOR);
        String garbageToken = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzbnlkZXIifQ.c2lnbmF0dXJlLXRoYXQtbGVha3M";
        List<String> secrets = new ArrayList<>(
                List.of(CPR, INVALID_CPR, PASSWORD, NEW_PASSWORD, lequinoxKey, "unknown-key-5f1d2c", garbageToken));
        secrets.add(signature(starToken));
        secrets.add(signature(vendorToken));

        // STAR: valid and invalid CPR numbers in the header, a valid and a broken bearer token
        for (String cpr : List.of(CPR, INVALID_CPR)) {
            given().port(one.port())
                    .header("Authorization", bearer(starToken))
                    .header("x-civilRegistrationIdentifier", cpr)
                    .get("/star/v1/LetAsylCv/pdf");
        }
        given().port(two.port())
                .header("Authorization", bearer(garbageToken))
                .header("x-civilRegistrationIdentifier", CPR)
                .get("/star/v1/LetAsylCv")
                .then()
                .statusCode(401);
        // HELIUM V: wrong and right passwords, JSON and XML, a broken body quoting a password, a password change
        logon(two, "anna", NEW_PASSWORD).statusCode(401);
        given().port(two.port())
                .contentType(ContentType.JSON)
                .body("{\"username\":\"anna\",\"password\":" + PASSWORD + "}")
                .post(HV + "/logon")
                .then()
                .statusCode(400);
        String session = given().port(one.port())
                .contentType(ContentType.XML)
                .accept(ContentType.XML)
                .body("<logonEntry><username>anna</username><password>" + PASSWORD + "</password></logonEntry>")
                .post(HV + "/logon")
                .then()
                .statusCode(201)
                .extract()
                .xmlPath()
                .getString("loggedOnEntry.token");
        secrets.add(session);
        changePassword(two, session, NEW_PASSWORD).statusCode(201);
        changePassword(one, session, PASSWORD).statusCode(201);
        given().port(two.port()).get(HV + "/logout/" + session).then().statusCode(200);
        // Altinn: a bearer token, and a body quoting a CPR number where an organisation number belongs
        given().port(one.port())
                .header("Authorization", bearer(vendorToken))
                .contentType(ContentType.JSON)
                .body(Map.of("id", "991825827_" + CPR, "vendor", Map.of("ID", "0192:" + CPR)))
                .post(SYSTEMS);
        // Lequinox: the application's key, an unknown key, a CPR-like value in a name
        lequinox(one, lequinoxKey)
                .contentType(ContentType.JSON)
                .body(Map.of("firstName", CPR, "lastName", "Test", "emailAddress", CPR + "@example.se"))
                .post(LEQUINOX + "/external-personal-identity");
        lequinox(two, "unknown-key-5f1d2c")
                .get(LEQUINOX + "/access/se05.Abcdefgh.Abcdefgh")
                .then()
                .statusCode(400);
        lequinox(two, lequinoxKey)
                .contentType(ContentType.JSON)
                .body("{\"type\":\"PRIVATE\",\"privateId\":\"" + CPR + "\",\"firstName\":" + PASSWORD)
                .post(LEQUINOX + "/access")
                .then()
                .statusCode(500);

        String logs = output.getAll();
        assertThat(requestLines(output)).hasSizeGreaterThanOrEqualTo(12);
        for (String secret : secrets) {
            assertThat(logs).as("the logs hold a secret the requests carried").doesNotContain(secret);
        }
    }

    // two instances as one (design.md §7)

    @Test
    void sameRequestIdOnBothInstancesAtOnce_oneSucceeds_theOtherIs412() throws Exception {
        String requestId = "twice-" + UUID.randomUUID();
        String token = bearer(starIssuer.token(STAR_SYSTEM));
        AtomicInteger next = new AtomicInteger();
        List<Integer> statuses = concurrently(
                2,
                () -> given().port(instance(next).port())
                        .header("Authorization", token)
                        .header("x-requestId", requestId)
                        .put("/star/v1/VirksomhedLogin/" + CVR)
                        .statusCode());
        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
    }

    @Test
    void hundredCreatesOfOneAltinnSystemIdOverBothInstances_exactlyOneCreated() throws Exception {
        String systemId = "991825827_twins_" + UUID.randomUUID().toString().substring(0, 8);
        String token = bearer(altinnIssuer.token(VENDOR));
        AtomicInteger next = new AtomicInteger();
        List<Integer> statuses = concurrently(
                100,
                () -> given().port(instance(next).port())
                        .header("Authorization", token)
                        .contentType(ContentType.JSON)
                        .body(altinnSystem(systemId))
                        .post(SYSTEMS)
                        .statusCode());
        assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
        assertThat(statuses).filteredOn(status -> status != 200).containsOnly(400);
        assertThat(database.queryForObject(
                        "SELECT count(*) FROM altinn.registered_system WHERE system_id = ?", Integer.class, systemId))
                .isOne();
    }

    @Test
    void heliumvThrottling_countsFailuresMadeOnEitherInstance() {
        for (int failure = 0; failure < 5; failure++) {
            logon(failure % 2 == 0 ? one : two, "niemand", "falsch").statusCode(401);
        }
        for (ProductionServer instance : List.of(one, two)) {
            logon(instance, "niemand", "falsch")
                    .statusCode(429)
                    .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        }
    }

    @Test
    void heliumvSession_madeOnOneInstance_isUsableAndEndedOnTheOther() {
        String session = logon(one, "anna", PASSWORD).statusCode(201).extract().path("token");
        changePassword(two, session, PASSWORD).statusCode(201);
        given().port(two.port())
                .queryParam("userid", session)
                .get(HV + "/logout")
                .then()
                .statusCode(200);
        given().port(one.port()).get(HV + "/logout/" + session).then().statusCode(204);
    }

    @Test
    void lequinoxAccess_activatedOnOneInstance_isActiveOnTheOther() {
        String person = lequinox(one, lequinoxKey)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "firstName",
                        "Saga",
                        "lastName",
                        "Nordström",
                        "emailAddress",
                        "saga@example.se",
                        "managed",
                        true))
                .post(LEQUINOX + "/external-personal-identity")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        String access = lequinox(two, lequinoxKey)
                .contentType(ContentType.JSON)
                .body(Map.of(
                        "type", "PRIVATE",
                        "privateId", person,
                        "firstName", "Saga",
                        "lastName", "Nordström",
                        "managed", true,
                        "state", "INVITED"))
                .post(LEQUINOX + "/access")
                .then()
                .statusCode(200)
                .extract()
                .path("accessId");
        lequinox(one, lequinoxKey)
                .post(LEQUINOX + "/access/" + access + "/activate")
                .then()
                .statusCode(200);
        lequinox(two, lequinoxKey)
                .get(LEQUINOX + "/access/" + access)
                .then()
                .statusCode(200)
                .body("state", equalTo("ACTIVE"));
    }

    private static ValidatableResponse logon(ProductionServer instance, String username, String password) {
        return given().port(instance.port())
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post(HV + "/logon")
                .then();
    }

    private static ValidatableResponse changePassword(ProductionServer instance, String session, String password) {
        return given().port(instance.port())
                .contentType(ContentType.JSON)
                .queryParam("userid", session)
                .body(Map.of("password", password))
                .post(HV + "/password")
                .then();
    }

    private ProductionServer instance(AtomicInteger next) {
        return next.getAndIncrement() % 2 == 0 ? one : two;
    }

    private static RequestSpecification lequinox(ProductionServer instance, String key) {
        return given().port(instance.port()).header("Key", key);
    }

    private static String signature(String jwt) {
        return jwt.substring(jwt.lastIndexOf('.') + 1);
    }

    private static Map<String, Object> altinnSystem(String systemId) {
        Map<String, Object> system = new LinkedHashMap<>();
        system.put("id", systemId);
        system.put("vendor", Map.of("authority", "iso6523-actorid-upis", "ID", "0192:991825827"));
        system.put("name", Map.of("nb", "Tvillingsystem", "en", "Twin system", "nn", "Tvillingsystem"));
        system.put("description", Map.of("nb", "To instanser", "en", "Two instances", "nn", "To instansar"));
        system.put(
                "rights",
                List.of(Map.of(
                        "resource", List.of(Map.of("id", "urn:altinn:resource", "value", "ske-krav-og-betalinger")))));
        system.put("clientId", List.of(UUID.randomUUID().toString()));
        system.put("allowedredirecturls", List.of("https://vendor.example/callback"));
        return system;
    }

    /** The request lines of the captured JSON logs. */
    private static List<JsonNode> requestLines(CapturedOutput output) {
        JsonMapper json = JsonMapper.builder().build();
        return output.getAll()
                .lines()
                .filter(line -> line.startsWith("{") && line.contains("RequestLogFilter"))
                .map(json::readTree)
                .toList();
    }
}
