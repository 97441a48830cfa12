package org.tvilling.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tvilling.db.heliumv.Tables.BENUTZER;
import static org.tvilling.db.heliumv.Tables.SITZUNG;

import io.restassured.RestAssured;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.tvilling.ApiTest;
import org.tvilling.RequestLogs;
import org.tvilling.contract.Answer;
import org.tvilling.contract.ContractCheck;
import org.tvilling.contract.Specs;
import org.tvilling.contract.fuzz.FuzzCase;
import org.tvilling.contract.fuzz.FuzzInputs;
import org.tvilling.contract.fuzz.Fuzzer;
import org.tvilling.contract.fuzz.RawHttp;
import org.tvilling.contract.fuzz.RawRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema-driven negative test of issue 9: for every operation of every contract, requests generated from
 * the contract and broken one way each ({@link Fuzzer}: missing, empty, over-long, pattern-breaking and
 * wrongly typed values, unicode, malformed and deeply nested bodies, odd media types and charsets, oversized
 * headers, paths and queries, forged and broken credentials), sent over a socket against the demo data (README,
 * "Demo data"). Every answer is held to its contract ({@link ContractCheck}; a 5xx only where the operation
 * lists it); an answer for a path that is no operation must be in its family's format; a write that did not
 * succeed must have stored nothing; and nothing may be logged at ERROR or with a stack trace. A fixed seed and
 * a bounded number of cases per operation; a failure prints the request's exact bytes as a shell command.
 */
@ExtendWith(OutputCaptureExtension.class)
class FuzzTest extends ApiTest {

    /** Fixed, so every build sends the same requests; {@code -Dtvilling.fuzz.seed=…} explores others. */
    private static final long SEED = Long.getLong("tvilling.fuzz.seed", 20_261_201L);

    /** Bounded, to keep {@code ./mvnw verify} short; {@code -Dtvilling.fuzz.cases=…} for a longer run. */
    private static final int CASES_PER_OPERATION = Integer.getInteger("tvilling.fuzz.cases", 24);

    /** The state each family's writes change; a failed write must leave it as it was. */
    private static final Map<String, List<String>> STORED = Map.of(
            "star-",
            List.of(
                    "SELECT * FROM star.virksomhed_login",
                    "SELECT cpr, cv_snapshot::text FROM star.letasyl_overfoersel",
                    "SELECT * FROM platform.request_id"),
            "altinn-",
            List.of(
                    "SELECT * FROM altinn.registered_system",
                    "SELECT * FROM altinn.system_right_resource",
                    "SELECT * FROM altinn.system_access_package",
                    "SELECT * FROM altinn.maskinporten_client",
                    "SELECT * FROM altinn.system_redirect_url"),
            "lequinox-",
            List.of("SELECT * FROM lequinox.access", "SELECT * FROM lequinox.personal_identity"),
            // A session's last use moves whenever its token is used, and failed logons are counted by design.
            "heliumv-",
            List.of(
                    "SELECT token, art FROM heliumv.sitzung",
                    "SELECT kennung, kennwort_hash FROM heliumv.benutzer",
                    "SELECT email, kennwort_hash FROM heliumv.ansprechpartner"));

    /** Each family's state tables (emptied before its demo data is written again) and its demo data scripts. */
    private record Family(String truncate, List<String> scripts) {}

    private static final Map<String, Family> FAMILIES = Map.of(
            "star-",
            new Family(
                    "TRUNCATE star.virksomhed, star.virksomhed_login, star.letasyl_cv, star.letasyl_overfoersel,"
                            + " platform.request_id CASCADE",
                    List.of("R__star_letasylcv.sql", "R__star_virksomhedlogin.sql")),
            "altinn-",
            new Family("TRUNCATE altinn.registered_system CASCADE", List.of("R__altinn_systemregister.sql")),
            "lequinox-",
            new Family("TRUNCATE lequinox.company CASCADE", List.of("R__lequinox_access.sql")),
            "heliumv-",
            new Family(
                    "TRUNCATE heliumv.sitzung, heliumv.anmeldesperre, heliumv.fehlanmeldung, heliumv.stueckliste,"
                            + " heliumv.kunde, heliumv.ansprechpartner, heliumv.partner, heliumv.personal,"
                            + " heliumv.benutzer_mandant, heliumv.benutzer, heliumv.mandant CASCADE",
                    List.of("R__heliumv_user.sql")));

    private final JsonMapper json = JsonMapper.builder().build();

    private record Failure(FuzzCase fuzzCase, RawRequest request, String problem) {}

    @Test
    void everyOperation_malformedRequests_getDocumentedAnswersAndStoreNothing(CapturedOutput output) {
        int logBefore = output.getAll().length();
        long started = System.nanoTime();
        RawHttp client = new RawHttp("localhost", RestAssured.port, Duration.ofSeconds(20));
        Fuzzer fuzzer = new Fuzzer(SEED, CASES_PER_OPERATION);
        DemoInputs inputs = new DemoInputs();
        List<Failure> failures = new ArrayList<>();
        Map<String, Integer> kinds = new TreeMap<>();
        int sent = 0;

        for (Specs.Spec spec : Specs.all()) {
            for (Specs.DocumentedOperation operation : spec.operations()) {
                demoData(spec);
                for (FuzzCase fuzzCase : fuzzer.cases(operation, inputs)) {
                    if (spec.name().startsWith("heliumv-")) {
                        // Failed logons are counted by design (throttling): each case starts from none.
                        dsl.execute("DELETE FROM heliumv.fehlanmeldung; DELETE FROM heliumv.anmeldesperre");
                    }
                    RawRequest request = fuzzCase.request(inputs);
                    String before = fuzzCase.writes() ? stored(spec) : "";
                    Answer answer;
                    try {
                        answer = client.send(request);
                    } catch (UncheckedIOException noAnswer) {
                        failures.add(new Failure(fuzzCase, request, "no answer: " + noAnswer.getCause()));
                        continue;
                    }
                    sent++;
                    kinds.merge(fuzzCase.kind(), 1, Integer::sum);
                    problem(request, answer)
                            .or(() -> fuzzCase.writes()
                                            && answer.status() >= 300
                                            && !stored(spec).equals(before)
                                    ? Optional.of("answered %d, but the write was stored".formatted(answer.status()))
                                    : Optional.empty())
                            .ifPresent(problem -> failures.add(new Failure(fuzzCase, request, problem)));
                    if (fuzzCase.writes() && answer.status() < 300) {
                        demoData(spec);
                    }
                }
            }
        }

        System.out.printf(
                "Fuzz: %d requests (seed %d) in %d s; by kind of mutation: %s%n",
                sent, SEED, (System.nanoTime() - started) / 1_000_000_000, kinds);
        assertThat(failures.stream().map(this::report).limit(20).toList())
                .as("%d of %d fuzzed requests broke their contract", failures.size(), sent)
                .isEmpty();
        assertThat(RequestLogs.of(output.getAll().substring(logBefore)))
                .as("log entries of request threads at ERROR or with a stack trace")
                .filteredOn(entry -> entry.level().equals("ERROR") || entry.hasStackTrace())
                .extracting(entry -> FuzzCase.shortened(String.join("\n", entry.lines()), 2_000))
                .isEmpty();
    }

    /** Why the answer breaks the contract (or, for a path that is no operation, its family's format), if it does. */
    private Optional<String> problem(RawRequest request, Answer answer) {
        Optional<ContractCheck.Verdict> verdict = ContractCheck.check(request.toValidatorRequest(), answer);
        if (verdict.isPresent()) {
            Specs.DocumentedOperation operation = verdict.get().operation();
            if (!verdict.get().passed()) {
                return Optional.of(String.join("; ", verdict.get().problems()));
            }
            if (answer.status() >= 500 && !operation.documents(answer.status())) {
                return Optional.of("answered %d, which %s lists only as its unexpected failure"
                        .formatted(answer.status(), operation.operationId()));
            }
            return Optional.empty();
        }
        return familyFormat(request, answer);
    }

    /** A path that is no operation is answered by the family of its path, in that family's format (README). */
    private Optional<String> familyFormat(RawRequest request, Answer answer) {
        String path = ApiFamilies.routed(request.target());
        String type = answer.contentType() == null ? "" : answer.contentType();
        boolean ok;
        if (path.startsWith("/star/")) {
            ok = answer.status() < 500 && type.startsWith("application/json") && fejl(answer.body());
        } else if (path.startsWith("/restapi/")) {
            ok = answer.status() < 500 && answer.body().isEmpty();
        } else if (path.startsWith("/authentication/api/v1/")) {
            ok = answer.status() < 500
                    && (answer.body().isEmpty() && (answer.status() == 401 || answer.status() == 403)
                            || type.startsWith("application/problem+json") && problem(answer.body()));
        } else if (path.startsWith("/lequinox/")) {
            ok = type.startsWith("text/plain")
                    && (answer.status() < 500
                            || answer.body().equals("An unexpected error occurred: An unknown error has occurred"));
        } else {
            ok = answer.status() < 500 && type.startsWith("application/problem+json") && problem(answer.body());
        }
        return ok
                ? Optional.empty()
                : Optional.of("no operation; answered %d %s, not in the format of the family of %s"
                        .formatted(answer.status(), type, FuzzCase.shortened(path, 80)));
    }

    private boolean fejl(String body) {
        JsonNode document = json.readTree(body);
        return document.path("fejl").isArray()
                && !document.path("fejl").isEmpty()
                && document.path("fejl").get(0).path("fejltekst").isString();
    }

    private boolean problem(String body) {
        JsonNode document = json.readTree(body);
        return document.path("status").isInt() && document.path("title").isString();
    }

    private String report(Failure failure) {
        return "%s%n  broke: %s%n  reproduce: %s"
                .formatted(
                        failure.fuzzCase().describe(),
                        FuzzCase.shortened(failure.problem(), 600),
                        FuzzCase.shortened(FuzzCase.reproducer(failure.request(), "localhost", RestAssured.port), 600));
    }

    /** What the family of the spec stores, as one text (a failed write must leave it unchanged). */
    private String stored(Specs.Spec spec) {
        StringBuilder all = new StringBuilder();
        STORED.forEach((prefix, queries) -> {
            if (spec.name().startsWith(prefix)) {
                for (String query : queries) {
                    all.append(dsl.fetchValue("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), ''))"
                                    + " FROM (" + query + ") t"))
                            .append('/');
                }
            }
        });
        return all.toString();
    }

    /** The spec's family back to the demo data of local mode (db/demo), as the README describes it. */
    private void demoData(Specs.Spec spec) {
        FAMILIES.forEach((prefix, family) -> {
            if (spec.name().startsWith(prefix)) {
                dsl.execute(family.truncate());
                for (String script : family.scripts()) {
                    try {
                        dsl.execute(Files.readString(Path.of("db/demo", script)));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        });
    }

    /** The demo data's credentials, ids and bodies (README, "Demo data"), a fresh id or session where one is used up. */
    private final class DemoInputs implements FuzzInputs {

        @Override
        public Map<String, String> credentials(Specs.DocumentedOperation operation) {
            return switch (operation.spec().name()) {
                case "star-virksomhedlogin.yaml" ->
                    Map.of("Authorization", bearer(token("star-system", "virksomhedsindsats.login.write")));
                case "star-letasylcv.yaml" -> Map.of("Authorization", bearer(token("jobcenter-101")));
                case "altinn-systemregister.yaml" ->
                    Map.of(
                            "Authorization",
                            bearer(token("vendor-991825827", "altinn:authentication/systemregister.write")));
                case "lequinox-access.yaml" -> Map.of("Key", "demo-key-se03");
                default -> Map.of();
            };
        }

        @Override
        public Optional<String> parameter(Specs.DocumentedOperation operation, String in, String name) {
            return Optional.ofNullable(
                    switch (name) {
                        case "cvrNummer" -> "12345678";
                        case "x-requestId" -> UUID.randomUUID().toString();
                        case "x-civilRegistrationIdentifier" -> "0101901234";
                        case "systemId" -> "991825827_tvilling_demo";
                        case "accessId" -> "se03.Demo0001.Access01";
                        case "personalIdentityId" -> "se03.Demo0001.Person01";
                        case "idcard" -> "4711";
                        case "userid", "token" -> session();
                        default -> null;
                    });
        }

        @Override
        public Optional<String> body(Specs.DocumentedOperation operation) {
            return Optional.ofNullable(
                    switch (operation.operationId()) {
                        case "logon" -> "{\"username\":\"demo\",\"password\":\"demo-pw\"}";
                        case "logonExternal" ->
                            "{\"username\":\"einkauf@kunde-a.example\",\"password\":\"kontakt-pw\"}";
                        case "logonIdCard" -> "{\"client\":\"001\"}";
                        case "changePassword" -> "{\"password\":\"demo-pw\"}";
                        case "CreateRegisteredSystem" ->
                            system("991825827_fuzz_"
                                    + UUID.randomUUID().toString().substring(0, 8));
                        case "UpdateWholeRegisteredSystem" -> system("991825827_tvilling_demo");
                        case "UpdateRightsOnRegisteredSystem" ->
                            "[{\"resource\":[{\"id\":\"urn:altinn:resource\",\"value\":\"ske-krav-og-betalinger\"}]}]";
                        case "UpdateAccessPackagesOnRegisteredSystem" ->
                            "[{\"urn\":\"urn:altinn:accesspackage:skatt-naering\"}]";
                        case "createAccess" ->
                            "{\"type\":\"PRIVATE\",\"privateId\":\"se03.Demo0001.Person02\",\"firstName\":\"Örjan\","
                                    + "\"lastName\":\"Åkesson\",\"managed\":true}";
                        case "updateAccess" ->
                            "{\"accessId\":\"se03.Demo0001.Access01\",\"firstName\":\"Astrid\","
                                    + "\"lastName\":\"Lindqvist\",\"state\":\"INVITED\"}";
                        case "createExternalPersonalIdentity" ->
                            "{\"firstName\":\"Saga\",\"lastName\":\"Nordström\",\"emailAddress\":\"saga@example.se\","
                                    + "\"managed\":true}";
                        default -> null;
                    });
        }

        /** A system of the demo vendor with this id and a client id of its own. */
        private static String system(String id) {
            return """
                    {"id":"%s","vendor":{"authority":"iso6523-actorid-upis","ID":"0192:991825827"},
                     "name":{"nb":"Fuzz","en":"Fuzz","nn":"Fuzz"},
                     "description":{"nb":"Fuzz","en":"Fuzz","nn":"Fuzz"},
                     "rights":[{"resource":[{"id":"urn:altinn:resource","value":"ske-krav-og-betalinger"}]}],
                     "accessPackages":[{"urn":"urn:altinn:accesspackage:skatt-naering"}],
                     "clientId":["%s"],"allowedredirecturls":["https://vendor.example/callback"],"isVisible":true}""".formatted(id, UUID.randomUUID());
        }

        /** A live session of the demo user, written as a logon writes it (a logon is a bcrypt hash slower). */
        private String session() {
            UUID token = UUID.randomUUID();
            OffsetDateTime now = OffsetDateTime.now(clock);
            dsl.insertInto(SITZUNG)
                    .columns(
                            SITZUNG.TOKEN,
                            SITZUNG.ART,
                            SITZUNG.MANDANT_CNR,
                            SITZUNG.LOCALE,
                            SITZUNG.BENUTZER_ID,
                            SITZUNG.ANGEMELDET_UM,
                            SITZUNG.ZULETZT_BENUTZT_UM)
                    .select(DSL.select(
                                    DSL.val(token),
                                    DSL.val("BENUTZER"),
                                    DSL.val("001"),
                                    DSL.val("deAT"),
                                    BENUTZER.ID,
                                    DSL.val(now),
                                    DSL.val(now))
                            .from(BENUTZER)
                            .where(BENUTZER.KENNUNG.eq("demo")))
                    .execute();
            return token.toString();
        }
    }
}
