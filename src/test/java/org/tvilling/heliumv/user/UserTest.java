package org.tvilling.heliumv.user;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.tvilling.db.heliumv.Tables.LOCALE;
import static org.tvilling.db.heliumv.Tables.PERSONAL;
import static org.tvilling.db.heliumv.Tables.SITZUNG;
import static org.tvilling.heliumv.user.UserFixtures.ABGELAUFEN;
import static org.tvilling.heliumv.user.UserFixtures.AUSWEIS_001;
import static org.tvilling.heliumv.user.UserFixtures.AUSWEIS_002;
import static org.tvilling.heliumv.user.UserFixtures.DEFAULT_002;
import static org.tvilling.heliumv.user.UserFixtures.DEMO;
import static org.tvilling.heliumv.user.UserFixtures.GESPERRT;
import static org.tvilling.heliumv.user.UserFixtures.KEIN_KUNDE;
import static org.tvilling.heliumv.user.UserFixtures.KONTAKT_PW;
import static org.tvilling.heliumv.user.UserFixtures.KUNDE_A;
import static org.tvilling.heliumv.user.UserFixtures.KUNDE_B;
import static org.tvilling.heliumv.user.UserFixtures.KUNDE_C;
import static org.tvilling.heliumv.user.UserFixtures.NUR_001;
import static org.tvilling.heliumv.user.UserFixtures.NUR_002;
import static org.tvilling.heliumv.user.UserFixtures.pw;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.tvilling.ApiTest;
import org.tvilling.EdgeRequests;
import org.tvilling.contract.Answer;
import org.tvilling.contract.Covers;
import org.tvilling.contract.RawExchanges;
import org.tvilling.contract.fuzz.RawRequest;

/**
 * HELIUM V UserApi Resource: logon, logonapp, logonidcard, logout (query and path), password; every
 * documented status and header combination, in JSON and in XML, the throttling window and the idle expiry
 * (by moving the server's clock, never by waiting).
 */
class UserTest extends ApiTest {

    static final String BASE = "/restapi/services/rest/api/v1";
    static final String UUID_PATTERN = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** A moment to fix the clock at, for tests about time. */
    static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    @BeforeEach
    void heliumvWorld() {
        UserFixtures.reset(dsl);
    }

    @AfterEach
    void clockBackToNormal() {
        clock.reset();
    }

    // Helpers

    static RequestSpecification json() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    static RequestSpecification xml() {
        return given().contentType(ContentType.XML).accept(ContentType.XML);
    }

    static Map<String, String> credentials(String username, String password) {
        return Map.of("username", username, "password", password);
    }

    static Map<String, String> with(Map<String, String> body, String name, String value) {
        Map<String, String> copy = new HashMap<>(body);
        copy.put(name, value);
        return copy;
    }

    static Response logon(Object body) {
        return json().body(body).post(BASE + "/logon");
    }

    static Response logonApp(Object body) {
        return json().body(body).post(BASE + "/logonapp");
    }

    static Response logonIdCard(String idcard, Object body) {
        return json().body(body).post(BASE + "/logonidcard/{idcard}", idcard);
    }

    static Response changePassword(String token, Object body) {
        return given().contentType(ContentType.JSON)
                .queryParam("userid", token)
                .body(body)
                .post(BASE + "/password");
    }

    static Response logout(String token) {
        return given().queryParam("userid", token).get(BASE + "/logout");
    }

    /** A live token of the user, from a logon in their default client. */
    static String tokenOf(String username) {
        return logon(credentials(username, pw(username)))
                .then()
                .statusCode(201)
                .extract()
                .path("token");
    }

    static String contactToken(String email, String tenantCnr) {
        return logonApp(with(credentials(email, KONTAKT_PW), "tenantCnr", tenantCnr))
                .then()
                .statusCode(201)
                .extract()
                .path("token");
    }

    static void assertNoHvHeaders(Response response) {
        assertThat(response.headers().asList())
                .as("x-hv- headers")
                .noneMatch(header -> header.getName().toLowerCase().startsWith("x-hv-"));
    }

    static void assertValueMissing(Response response, String key) {
        response.then()
                .statusCode(400)
                .header("x-hv-error-code", "9")
                .header("x-hv-error-key", key)
                .header("x-hv-error-value", "{empty}")
                .body(emptyString());
    }

    Record sitzung(String token) {
        return dsl.selectFrom(SITZUNG)
                .where(SITZUNG.TOKEN.eq(UUID.fromString(token)))
                .fetchOne();
    }

    int sessions() {
        return dsl.fetchCount(SITZUNG);
    }

    /** Requests that reach no operation under the base path get the status alone, as every HELIUM V error. */
    @Test
    void noSuchRouteOrMethodUnderTheBasePath_returnsTheStatusWithoutBody() {
        given().get(BASE + "/keine-ressource").then().statusCode(404).body(emptyString());
        given().get(BASE + "/logon")
                .then()
                .statusCode(405)
                .header("Allow", "POST")
                .body(emptyString());
    }

    @Nested
    class Logon {

        @Test
        @Covers(operation = "logon", status = 201)
        void logon_correctCredentialsWithoutClient_returns201InTheDefaultClientWithItsLocale() {
            Response response = logon(credentials(DEMO, pw(DEMO)));

            response.then()
                    .statusCode(201)
                    .contentType(ContentType.JSON)
                    .body("token", matchesPattern(UUID_PATTERN))
                    .body("client", is("001"))
                    .body("localeString", is("deAT"));
            assertThat(response.body().asString()).doesNotContain("null");
            Record sitzung = sitzung(response.path("token"));
            assertThat(sitzung.get(SITZUNG.ART)).isEqualTo("BENUTZER");
            assertThat(sitzung.get(SITZUNG.MANDANT_CNR)).isEqualTo("001");
        }

        @Test
        @Covers(operation = "logon", status = 201)
        void logon_userWithoutDefaultClient_returns201InTheMainClient() {
            logon(credentials(NUR_001, pw(NUR_001)))
                    .then()
                    .statusCode(201)
                    .body("client", is("001"))
                    .body("localeString", is("deAT"));
        }

        @Test
        @Covers(operation = "logon", status = 201)
        void logon_userWithDefaultClient002_returns201In002WithGermanGermany() {
            logon(credentials(DEFAULT_002, pw(DEFAULT_002)))
                    .then()
                    .statusCode(201)
                    .body("client", is("002"))
                    .body("localeString", is("deDE"));
        }

        @Test
        @Covers(operation = "logon", status = 201)
        void logon_clientGiven_returns201InThatClientWithItsLocale() {
            logon(with(credentials(DEMO, pw(DEMO)), "client", "002"))
                    .then()
                    .statusCode(201)
                    .body("client", is("002"))
                    .body("localeString", is("deDE"));
        }

        @Test
        @Covers(operation = "logon", status = 201)
        void logon_clientsOwnLocaleInAClientWithOneLanguage_returns201() {
            logon(with(with(credentials(DEMO, pw(DEMO)), "client", "002"), "localeString", "deDE"))
                    .then()
                    .statusCode(201)
                    .body("localeString", is("deDE"));
        }

        /** The answer's localeString is the client's; the language asked for is the session's. */
        @Test
        @Covers(operation = "logon", status = 201)
        void logon_otherLanguageInAMultilingualClient_returns201WithTheClientsLocale() {
            Response response = logon(with(credentials(DEMO, pw(DEMO)), "localeString", "enUS"));

            response.then().statusCode(201).body("client", is("001")).body("localeString", is("deAT"));
            assertThat(sitzung(response.path("token")).get(SITZUNG.LOCALE)).isEqualTo("enUS");
        }

        @Test
        @Covers(operation = "logon", status = 201)
        void logon_blankClientAndLocale_countAsMissing_returns201() {
            logon(with(with(credentials(" " + DEMO + " ", pw(DEMO)), "client", " "), "localeString", ""))
                    .then()
                    .statusCode(201)
                    .body("client", is("001"))
                    .body("localeString", is("deAT"));
        }

        @Test
        @Covers(operation = "logon", status = 201)
        void logon_everyLogonIsANewSession_returns201WithDifferentTokens() {
            String first = tokenOf(DEMO);
            String second = tokenOf(DEMO);

            assertThat(first).isNotEqualTo(second);
            assertThat(sessions()).isEqualTo(2);
        }

        static Stream<Arguments> failedLogons() {
            return Stream.of(
                    Arguments.of("wrong password", DEMO, "falsch", null, null),
                    Arguments.of("password of another user", DEMO, pw(NUR_001), null, null),
                    Arguments.of("unknown user", "niemand", pw("niemand"), null, null),
                    Arguments.of("user name in another case", "DEMO", pw(DEMO), null, null),
                    Arguments.of("locked user", GESPERRT, pw(GESPERRT), null, null),
                    Arguments.of("user past its expiry date", ABGELAUFEN, pw(ABGELAUFEN), null, null),
                    Arguments.of("no rights in the client asked for", NUR_001, pw(NUR_001), "002", null),
                    Arguments.of("no rights in the main client", NUR_002, pw(NUR_002), null, null),
                    Arguments.of("unknown client", DEMO, pw(DEMO), "999", null),
                    Arguments.of("other language in a one-language client", DEMO, pw(DEMO), "002", "deAT"),
                    Arguments.of("unknown language", DEMO, pw(DEMO), null, "xxYY"),
                    Arguments.of("locale with separator", DEMO, pw(DEMO), null, "de_AT"),
                    Arguments.of("locale of three letters", DEMO, pw(DEMO), null, "deA"),
                    Arguments.of("password longer than bcrypt reads", DEMO, pw(DEMO) + "x".repeat(80), null, null));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("failedLogons")
        @Covers(operation = "logon", status = 401)
        void logon_failed_returns401WithoutBodyOrHint(
                String why, String username, String password, String client, String localeString) {
            Map<String, String> body = credentials(username, password);
            if (client != null) {
                body = with(body, "client", client);
            }
            if (localeString != null) {
                body = with(body, "localeString", localeString);
            }

            Response response = logon(body);

            response.then().statusCode(401).body(emptyString());
            assertNoHvHeaders(response);
            assertThat(sessions()).isZero();
        }

        @Test
        @Covers(operation = "logon", status = 401)
        void logon_inactiveLanguage_returns401() {
            dsl.update(LOCALE)
                    .set(LOCALE.AKTIV, false)
                    .where(LOCALE.CNR.eq("enUS"))
                    .execute();

            Response inactive = logon(with(credentials(DEMO, pw(DEMO)), "localeString", "enUS"));

            inactive.then().statusCode(401).body(emptyString());
            assertNoHvHeaders(inactive);
            logon(with(credentials(DEMO, pw(DEMO)), "localeString", "enGB"))
                    .then()
                    .statusCode(201)
                    .body("localeString", is("deAT"));
        }

        @Test
        @Covers(operation = "logon", status = 201)
        @Covers(operation = "logon", status = 401)
        void logon_atTheExpiryDate_returns401AndJustBefore201() {
            clock.fix(T0);
            dsl.update(org.tvilling.db.heliumv.Tables.BENUTZER)
                    .set(
                            org.tvilling.db.heliumv.Tables.BENUTZER.GUELTIG_BIS,
                            OffsetDateTime.parse("2026-03-02T09:00:00Z"))
                    .where(org.tvilling.db.heliumv.Tables.BENUTZER.KENNUNG.eq(DEMO))
                    .execute();

            clock.advance(Duration.ofMinutes(59).plusSeconds(59));
            logon(credentials(DEMO, pw(DEMO))).then().statusCode(201);
            clock.advance(Duration.ofSeconds(1));
            logon(credentials(DEMO, pw(DEMO))).then().statusCode(401);
        }

        @Test
        @Covers(operation = "logon", status = 400, code = "9")
        void logon_noBody_returns400WithKeyLogonEntry() {
            assertValueMissing(given().contentType(ContentType.JSON).post(BASE + "/logon"), "logonEntry");
        }

        @Test
        @Covers(operation = "logon", status = 400, code = "9")
        void logon_nullBody_returns400WithKeyLogonEntry() {
            assertValueMissing(json().body("null").post(BASE + "/logon"), "logonEntry");
        }

        @Test
        @Covers(operation = "logon", status = 400, code = "9")
        void logon_missingUsername_returns400WithKeyUsername() {
            assertValueMissing(logon(Map.of("password", pw(DEMO))), "username");
        }

        @Test
        @Covers(operation = "logon", status = 400, code = "9")
        void logon_blankUsername_returns400WithKeyUsername() {
            assertValueMissing(logon(credentials("  ", pw(DEMO))), "username");
        }

        @Test
        @Covers(operation = "logon", status = 400, code = "9")
        void logon_missingPassword_returns400WithKeyPassword() {
            assertValueMissing(logon(Map.of("username", DEMO)), "password");
        }

        @Test
        @Covers(operation = "logon", status = 400, code = "9")
        void logon_blankPassword_returns400WithKeyPassword() {
            assertValueMissing(logon(credentials(DEMO, "")), "password");
        }

        /** HELIUM V checks the body, then username, then password, and reports the first that fails. */
        @Test
        @Covers(operation = "logon", status = 400, code = "9")
        void logon_emptyObject_returns400WithKeyUsernameFirst() {
            assertValueMissing(logon(Map.of()), "username");
        }

        @Test
        @Covers(operation = "logon", status = 400, code = "9")
        void logon_unreadableJson_returns400WithKeyLogonEntryAndDescription() {
            Response response = json().body("{\"username\": ").post(BASE + "/logon");

            response.then()
                    .statusCode(400)
                    .header("x-hv-error-code", "9")
                    .header("x-hv-error-key", "logonEntry")
                    .header("x-hv-error-value", nullValue())
                    .header("x-hv-error-description", "Unreadable body")
                    .body(emptyString());
        }

        /** U+0000 is valid in a JSON string but in no PostgreSQL text: the body is unreadable, nothing recorded. */
        @Test
        @Covers(operation = "logon", status = 400, code = "9")
        void logon_nulCharacterInUsername_returns400WithKeyLogonEntryAndDescription() {
            Response response = logon(credentials("de\0mo", "falsch"));

            response.then()
                    .statusCode(400)
                    .header("x-hv-error-code", "9")
                    .header("x-hv-error-key", "logonEntry")
                    .header("x-hv-error-description", "Unreadable body")
                    .body(emptyString());
            assertThat(dsl.fetchCount(org.tvilling.db.heliumv.Tables.FEHLANMELDUNG))
                    .isZero();
        }

        @Test
        @Covers(operation = "logon", status = 415)
        void logon_textBody_returns415WithoutBody() {
            given().contentType(ContentType.TEXT)
                    .body("demo demo-pw")
                    .post(BASE + "/logon")
                    .then()
                    .statusCode(415)
                    .header("Accept", "application/json, application/xml")
                    .body(emptyString());
        }

        @Test
        @Covers(operation = "logon", status = 406)
        void logon_acceptsOnlyText_returns406WithoutBody() {
            given().contentType(ContentType.JSON)
                    .accept(ContentType.TEXT)
                    .body(credentials(DEMO, pw(DEMO)))
                    .post(BASE + "/logon")
                    .then()
                    .statusCode(406)
                    .body(emptyString());
            assertThat(sessions()).isZero();
        }

        /** HELIUM V's sessions are its own: no OAuth2 token is asked for, a bearer token is simply ignored. */
        @Test
        @Covers(operation = "logon", status = 201)
        void logon_withAnUnrelatedBearerToken_returns201() {
            json().header("Authorization", "Bearer not-a-jwt")
                    .body(credentials(DEMO, pw(DEMO)))
                    .post(BASE + "/logon")
                    .then()
                    .statusCode(201);
        }
    }

    @Nested
    class LogonApp {

        @Test
        @Covers(operation = "logonExternal", status = 201)
        void logonExternal_partlistsInOneClient_returns201ValidWithToken() {
            Response response = logonApp(credentials(KUNDE_A, KONTAKT_PW));

            response.then()
                    .statusCode(201)
                    .body("valid", is(true))
                    .body("token", matchesPattern(UUID_PATTERN))
                    .body("client", is("001"))
                    .body("localeString", is("deAT"))
                    .body("possibleTenants", nullValue());
            assertThat(sitzung(response.path("token")).get(SITZUNG.ART)).isEqualTo("ANSPRECHPARTNER");
        }

        @Test
        @Covers(operation = "logonExternal", status = 201)
        void logonExternal_emailInOtherCase_returns201() {
            logonApp(credentials("Einkauf@Kunde-A.example", KONTAKT_PW))
                    .then()
                    .statusCode(201)
                    .body("valid", is(true));
        }

        /** LogonTenantEntry inherits client from LogonEntry, but logonapp ignores it. */
        @Test
        @Covers(operation = "logonExternal", status = 201)
        void logonExternal_clientGiven_isIgnored_returns201InThePartlistClient() {
            logonApp(with(credentials(KUNDE_A, KONTAKT_PW), "client", "002"))
                    .then()
                    .statusCode(201)
                    .body("client", is("001"));
        }

        @Test
        @Covers(operation = "logonExternal", status = 417, code = "8/2079")
        void logonExternal_partlistsInSeveralClients_returns417WithPossibleTenants() {
            Response response = logonApp(credentials(KUNDE_B, KONTAKT_PW));

            response.then()
                    .statusCode(417)
                    .header("x-hv-error-code", "8")
                    .header("x-hv-error-code-extended", "2079")
                    .body("valid", is(false))
                    .body("token", nullValue())
                    .body("possibleTenants.entries.cnr", contains("001", "002"))
                    .body("possibleTenants.entries.description", contains("Demo GmbH", "Demo Deutschland GmbH"));
            assertThat(sessions()).isZero();
        }

        @Test
        @Covers(operation = "logonExternal", status = 417, code = "8/2079")
        @Covers(operation = "logonExternal", status = 201)
        void logonExternal_retryWithATenantOfThe417_returns201InThatClient() {
            String tenant = logonApp(credentials(KUNDE_B, KONTAKT_PW))
                    .then()
                    .statusCode(417)
                    .extract()
                    .path("possibleTenants.entries[1].cnr");

            logonApp(with(credentials(KUNDE_B, KONTAKT_PW), "tenantCnr", tenant))
                    .then()
                    .statusCode(201)
                    .body("valid", is(true))
                    .body("client", is("002"))
                    .body("localeString", is("deDE"));
        }

        @Test
        @Covers(operation = "logonExternal", status = 404)
        void logonExternal_customerWithoutPartlists_returns404Invalid() {
            Response response = logonApp(credentials(KUNDE_C, KONTAKT_PW));

            response.then().statusCode(404);
            assertThat(response.body().asString()).isEqualTo("{\"valid\":false}");
            assertNoHvHeaders(response);
        }

        @Test
        @Covers(operation = "logonExternal", status = 404)
        void logonExternal_tenantWithoutPartlists_returns404Invalid() {
            Response response = logonApp(with(credentials(KUNDE_A, KONTAKT_PW), "tenantCnr", "002"));

            response.then().statusCode(404);
            assertThat(response.body().asString()).isEqualTo("{\"valid\":false}");
            assertNoHvHeaders(response);
            assertThat(sessions()).isZero();
        }

        static Stream<Arguments> failedLogons() {
            return Stream.of(
                    Arguments.of("wrong password", KUNDE_A, "falsch", null),
                    Arguments.of("unknown e-mail address", "niemand@kunde-a.example", KONTAKT_PW, null),
                    Arguments.of("partner is no customer", KEIN_KUNDE, KONTAKT_PW, null),
                    Arguments.of("language the client does not have", KUNDE_B + "", KONTAKT_PW, "enUS"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("failedLogons")
        @Covers(operation = "logonExternal", status = 401)
        void logonExternal_failed_returns401Invalid(String why, String email, String password, String locale) {
            Map<String, String> body = credentials(email, password);
            if (locale != null) {
                body = with(with(body, "localeString", locale), "tenantCnr", "002");
            }

            Response response = logonApp(body);

            response.then().statusCode(401);
            assertThat(response.body().asString()).isEqualTo("{\"valid\":false}");
            assertNoHvHeaders(response);
            assertThat(sessions()).isZero();
        }

        @Test
        @Covers(operation = "logonExternal", status = 400, code = "9")
        void logonExternal_missingUsername_returns400WithKeyUsername() {
            assertValueMissing(logonApp(Map.of("password", KONTAKT_PW)), "username");
        }

        @Test
        @Covers(operation = "logonExternal", status = 400, code = "9")
        void logonExternal_blankPassword_returns400WithKeyPassword() {
            assertValueMissing(logonApp(credentials(KUNDE_A, " ")), "password");
        }

        @Test
        @Covers(operation = "logonExternal", status = 400, code = "9")
        void logonExternal_noBody_returns400WithKeyLogonEntry() {
            assertValueMissing(given().contentType(ContentType.JSON).post(BASE + "/logonapp"), "logonEntry");
        }

        @Test
        @Covers(operation = "logonExternal", status = 415)
        void logonExternal_formBody_returns415() {
            given().contentType(ContentType.URLENC)
                    .formParam("username", KUNDE_A)
                    .post(BASE + "/logonapp")
                    .then()
                    .statusCode(415)
                    .body(emptyString());
        }

        @Test
        @Covers(operation = "logonExternal", status = 406)
        void logonExternal_acceptsOnlyHtml_returns406() {
            given().contentType(ContentType.JSON)
                    .accept(ContentType.HTML)
                    .body(credentials(KUNDE_A, KONTAKT_PW))
                    .post(BASE + "/logonapp")
                    .then()
                    .statusCode(406)
                    .body(emptyString());
        }
    }

    @Nested
    class LogonIdCard {

        @Test
        @Covers(operation = "logonIdCard", status = 201)
        void logonIdCard_cardOfTheClient_returns201ActingAsTheStaffMember() {
            Response response = logonIdCard(AUSWEIS_001, Map.of("client", "001"));

            response.then()
                    .statusCode(201)
                    .body("token", matchesPattern(UUID_PATTERN))
                    .body("client", is("001"))
                    .body("localeString", is("deAT"));
            Record sitzung = sitzung(response.path("token"));
            assertThat(sitzung.get(SITZUNG.ART)).isEqualTo("PERSONAL");
            assertThat(sitzung.get(SITZUNG.PERSONAL_ID))
                    .isEqualTo(dsl.select(PERSONAL.ID)
                            .from(PERSONAL)
                            .where(PERSONAL.AUSWEIS.eq(AUSWEIS_001))
                            .fetchOne(PERSONAL.ID));
        }

        @Test
        @Covers(operation = "logonIdCard", status = 201)
        void logonIdCard_cardOfClient002_returns201WithItsLocale() {
            logonIdCard(AUSWEIS_002, Map.of("client", "002", "localeString", "deDE"))
                    .then()
                    .statusCode(201)
                    .body("client", is("002"))
                    .body("localeString", is("deDE"));
        }

        static Stream<Arguments> failedLogons() {
            return Stream.of(
                    Arguments.of("unknown card", "9999", Map.of("client", "001")),
                    Arguments.of("card of another client", AUSWEIS_001, Map.of("client", "002")),
                    Arguments.of("no client", AUSWEIS_001, Map.of()),
                    Arguments.of("blank client", AUSWEIS_001, Map.of("client", " ")),
                    Arguments.of("unknown client", AUSWEIS_001, Map.of("client", "999")),
                    Arguments.of("bad locale", AUSWEIS_001, Map.of("client", "001", "localeString", "de-AT")));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("failedLogons")
        @Covers(operation = "logonIdCard", status = 401)
        void logonIdCard_failed_returns401WithoutBody(String why, String idcard, Map<String, String> body) {
            Response response = logonIdCard(idcard, body);

            response.then().statusCode(401).body(emptyString());
            assertNoHvHeaders(response);
            assertThat(sessions()).isZero();
        }

        @Test
        @Covers(operation = "logonIdCard", status = 401)
        void logonIdCard_noBody_returns401() {
            given().contentType(ContentType.JSON)
                    .post(BASE + "/logonidcard/{idcard}", AUSWEIS_001)
                    .then()
                    .statusCode(401)
                    .body(emptyString());
        }

        @Test
        @Covers(operation = "logonIdCard", status = 400, code = "9")
        void logonIdCard_unreadableBody_returns400WithKeyLogonEntry() {
            json().body("{\"client\": [")
                    .post(BASE + "/logonidcard/{idcard}", AUSWEIS_001)
                    .then()
                    .statusCode(400)
                    .header("x-hv-error-code", "9")
                    .header("x-hv-error-key", "logonEntry")
                    .header("x-hv-error-description", "Unreadable body")
                    .body(emptyString());
        }

        @Test
        @Covers(operation = "logonIdCard", status = 415)
        void logonIdCard_textBody_returns415() {
            Response response =
                    given().contentType(ContentType.TEXT).body("001").post(BASE + "/logonidcard/{idcard}", AUSWEIS_001);

            response.then()
                    .statusCode(415)
                    .header("Accept", "application/json, application/xml")
                    .body(emptyString());
            assertNoHvHeaders(response);
            assertThat(sessions()).isZero();
        }

        @Test
        @Covers(operation = "logonIdCard", status = 406)
        void logonIdCard_acceptsOnlyText_returns406() {
            Response response = given().contentType(ContentType.JSON)
                    .accept(ContentType.TEXT)
                    .body(Map.of("client", "001"))
                    .post(BASE + "/logonidcard/{idcard}", AUSWEIS_001);

            response.then().statusCode(406).body(emptyString());
            assertNoHvHeaders(response);
            assertThat(sessions()).isZero();
        }
    }

    @Nested
    class Logout {

        @Test
        @Covers(operation = "logout", status = 200)
        @Covers(operation = "logout", status = 204)
        void logout_liveToken_returns200AndEndsTheSession_thenReturns204() {
            String token = tokenOf(DEMO);

            logout(token).then().statusCode(200).body(emptyString());
            assertThat(sessions()).isZero();

            logout(token).then().statusCode(204).body(emptyString());
        }

        @Test
        @Covers(operation = "logout", status = 200)
        void logout_endsOnlyThatSession_returns200() {
            String ended = tokenOf(DEMO);
            String other = tokenOf(DEMO);

            logout(ended).then().statusCode(200);

            changePassword(ended, Map.of("password", "neu")).then().statusCode(401);
            assertThat(sitzung(other)).isNotNull();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0b1c8a3e-1111-4d2e-9f00-123456789abc", "kein-token", "001"})
        @Covers(operation = "logout", status = 204)
        void logout_unknownToken_returns204(String token) {
            logout(token).then().statusCode(204).body(emptyString());
        }

        /** A token holding U+0000 is no token HELIUM V ever handed out: no session, never a database error. */
        @Test
        @Covers(operation = "logout", status = 204)
        void logout_nulCharacterInUserid_returns204() {
            given().urlEncodingEnabled(false)
                    .get(BASE + "/logout?userid=%00")
                    .then()
                    .statusCode(204)
                    .body(emptyString());
        }

        /**
         * Tomcat refuses U+0000 in a request path itself, before any filter or handler, so no token or ID card
         * holding it reaches the service; the platform answers its refusal the HELIUM V way (issue 9).
         */
        @Test
        @Covers(operation = "logoutPathParam", status = 400, code = "9")
        @Covers(operation = "logonIdCard", status = 400, code = "9")
        void nulCharacterInThePath_returns400Code9BeforeTheService() {
            for (Response response : List.of(
                    given().urlEncodingEnabled(false).get(BASE + "/logout/%00"),
                    json().urlEncodingEnabled(false)
                            .body(Map.of("client", "001"))
                            .post(BASE + "/logonidcard/de%00mo"))) {
                response.then()
                        .statusCode(400)
                        .header("x-hv-error-code", "9")
                        .header("x-hv-error-key", "request")
                        .body(emptyString());
            }
            assertThat(dsl.fetchCount(org.tvilling.db.heliumv.Tables.FEHLANMELDUNG))
                    .isZero();
        }

        @Test
        @Covers(operation = "logout", status = 400, code = "9")
        void logout_noUserid_returns400WithKeyUserid() {
            assertValueMissing(given().get(BASE + "/logout"), "userid");
        }

        @Test
        @Covers(operation = "logout", status = 400, code = "9")
        void logout_blankUserid_returns400WithKeyUserid() {
            assertValueMissing(logout(" "), "userid");
        }

        @Test
        @Covers(operation = "logout", status = 200)
        void logout_tokenInTheHvtokenHeader_returns200() {
            String token = tokenOf(DEMO);

            given().header("hvtoken", token).get(BASE + "/logout").then().statusCode(200);
            assertThat(sessions()).isZero();
        }

        @Test
        @Covers(operation = "logout", status = 200)
        void logout_hvtokenWinsOverUserid_returns200() {
            String token = tokenOf(DEMO);

            given().header("hvtoken", token)
                    .queryParam("userid", "kein-token")
                    .get(BASE + "/logout")
                    .then()
                    .statusCode(200);
        }

        @Test
        @Covers(operation = "logoutPathParam", status = 200)
        @Covers(operation = "logoutPathParam", status = 204)
        void logoutPathParam_liveToken_returns200_thenReturns204() {
            String token = tokenOf(DEMO);

            given().get(BASE + "/logout/{token}", token).then().statusCode(200).body(emptyString());
            given().get(BASE + "/logout/{token}", token).then().statusCode(204).body(emptyString());
        }

        @Test
        @Covers(operation = "logoutPathParam", status = 204)
        void logoutPathParam_unknownToken_returns204() {
            given().get(BASE + "/logout/{token}", UUID.randomUUID().toString())
                    .then()
                    .statusCode(204);
        }

        @Test
        @Covers(operation = "logoutPathParam", status = 400, code = "9")
        void logoutPathParam_blankToken_returns400WithKeyUserid() {
            assertValueMissing(given().urlEncodingEnabled(false).get(BASE + "/logout/%20"), "userid");
        }

        @Test
        @Covers(operation = "logout", status = 200)
        void logout_contactAndIdCardSessions_returns200() {
            String kontakt = contactToken(KUNDE_A, "001");
            String ausweis = logonIdCard(AUSWEIS_001, Map.of("client", "001"))
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("token");

            logout(kontakt).then().statusCode(200);
            logout(ausweis).then().statusCode(200);
            assertThat(sessions()).isZero();
        }
    }

    @Nested
    class SessionIdleTime {

        @Test
        @Covers(operation = "logout", status = 204)
        @Covers(operation = "changePassword", status = 401)
        void session_idleForTheIdleTime_hasEnded() {
            clock.fix(T0);
            String token = tokenOf(DEMO);

            clock.advance(Duration.ofHours(8));

            changePassword(token, Map.of("password", "neu-pw")).then().statusCode(401);
            logout(token).then().statusCode(204);
        }

        @Test
        @Covers(operation = "changePassword", status = 201)
        @Covers(operation = "logout", status = 200)
        void session_everyUseRestartsTheIdleTime() {
            clock.fix(T0);
            String token = tokenOf(DEMO);

            clock.advance(Duration.ofHours(8).minusSeconds(1));
            changePassword(token, Map.of("password", "neu-pw")).then().statusCode(201);
            clock.advance(Duration.ofHours(8).minusSeconds(1));

            logout(token).then().statusCode(200);
        }

        @Test
        @Covers(operation = "logon", status = 201)
        void logon_removesSessionsThatHaveEnded() {
            clock.fix(T0);
            String alt = tokenOf(DEMO);
            clock.advance(Duration.ofHours(9));

            String neu = tokenOf(NUR_001);

            assertThat(sitzung(alt)).isNull();
            assertThat(sitzung(neu)).isNotNull();
        }
    }

    @Nested
    class ChangePassword {

        @Test
        @Covers(operation = "changePassword", status = 201)
        @Covers(operation = "logon", status = 401)
        void changePassword_user_returns201_oldPasswordStopsWorking_newOneWorks() {
            String token = tokenOf(DEMO);

            changePassword(token, Map.of("password", "Neues Kennwört 2026"))
                    .then()
                    .statusCode(201)
                    .body(emptyString());

            logon(credentials(DEMO, pw(DEMO))).then().statusCode(401);
            logon(credentials(DEMO, "Neues Kennwört 2026")).then().statusCode(201);
            String hash = dsl.select(org.tvilling.db.heliumv.Tables.BENUTZER.KENNWORT_HASH)
                    .from(org.tvilling.db.heliumv.Tables.BENUTZER)
                    .where(org.tvilling.db.heliumv.Tables.BENUTZER.KENNUNG.eq(DEMO))
                    .fetchOne(org.tvilling.db.heliumv.Tables.BENUTZER.KENNWORT_HASH);
            assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("Neues");
        }

        @Test
        @Covers(operation = "changePassword", status = 201)
        @Covers(operation = "logonExternal", status = 401)
        void changePassword_contact_returns201_oldPasswordStopsWorking_newOneWorks() {
            String token = contactToken(KUNDE_A, "001");

            changePassword(token, Map.of("password", "app-neu")).then().statusCode(201);

            logonApp(credentials(KUNDE_A, KONTAKT_PW)).then().statusCode(401);
            logonApp(credentials(KUNDE_A, "app-neu")).then().statusCode(201);
            logon(credentials(DEMO, pw(DEMO))).then().statusCode(201);
        }

        /** Whoever knew the old password may be logged on with it: the change ends every other session. */
        @Test
        @Covers(operation = "changePassword", status = 201)
        @Covers(operation = "changePassword", status = 401)
        void changePassword_userWithOtherSessions_returns201_andTheOtherSessionsReturn401() {
            String caller = tokenOf(DEMO);
            String other = tokenOf(DEMO);
            String anotherUser = tokenOf(NUR_001);
            String contact = contactToken(KUNDE_A, "001");

            changePassword(caller, Map.of("password", "neu-pw"))
                    .then()
                    .statusCode(201)
                    .body(emptyString());

            Response ended = changePassword(other, Map.of("password", "anders-pw"));
            ended.then().statusCode(401).body(emptyString());
            assertNoHvHeaders(ended);
            assertThat(sitzung(other)).isNull();
            logout(other).then().statusCode(204);
            changePassword(caller, Map.of("password", "noch-neuer-pw")).then().statusCode(201);
            logout(anotherUser).then().statusCode(200);
            logout(contact).then().statusCode(200);
            logon(credentials(DEMO, "noch-neuer-pw")).then().statusCode(201);
        }

        @Test
        @Covers(operation = "changePassword", status = 201)
        @Covers(operation = "changePassword", status = 401)
        void changePassword_contactWithOtherSessions_returns201_andTheOtherSessionsReturn401() {
            String caller = contactToken(KUNDE_B, "001");
            String other = contactToken(KUNDE_B, "002");
            String otherContact = contactToken(KUNDE_A, "001");
            String user = tokenOf(DEMO);

            changePassword(caller, Map.of("password", "app-neu")).then().statusCode(201);

            Response ended = changePassword(other, Map.of("password", "anders-pw"));
            ended.then().statusCode(401).body(emptyString());
            assertNoHvHeaders(ended);
            assertThat(sitzung(caller)).isNotNull();
            assertThat(sitzung(otherContact)).isNotNull();
            assertThat(sitzung(user)).isNotNull();
            logout(caller).then().statusCode(200);
        }

        @Test
        @Covers(operation = "changePassword", status = 201)
        void changePassword_tokenInTheHvtokenHeader_returns201() {
            String token = tokenOf(NUR_001);

            given().contentType(ContentType.JSON)
                    .header("hvtoken", token)
                    .body(Map.of("password", "neu-pw"))
                    .post(BASE + "/password")
                    .then()
                    .statusCode(201);
            logon(credentials(NUR_001, "neu-pw")).then().statusCode(201);
        }

        @Test
        @Covers(operation = "changePassword", status = 400, code = "9")
        void changePassword_blankPassword_returns400WithKeyPasswordEntry() {
            assertValueMissing(changePassword(tokenOf(DEMO), Map.of("password", " ")), "passwordEntry");
            logon(credentials(DEMO, pw(DEMO))).then().statusCode(201);
        }

        @Test
        @Covers(operation = "changePassword", status = 400, code = "9")
        void changePassword_noPasswordElement_returns400WithKeyPasswordEntry() {
            assertValueMissing(changePassword(tokenOf(DEMO), Map.of()), "passwordEntry");
        }

        @Test
        @Covers(operation = "changePassword", status = 400, code = "9")
        void changePassword_noBody_returns400WithKeyPasswordEntry() {
            assertValueMissing(
                    given().contentType(ContentType.JSON)
                            .queryParam("userid", tokenOf(DEMO))
                            .post(BASE + "/password"),
                    "passwordEntry");
        }

        @Test
        @Covers(operation = "changePassword", status = 400, code = "9")
        void changePassword_longerThan72Bytes_returns400WithKeyPassword() {
            String token = tokenOf(DEMO);

            changePassword(token, Map.of("password", "ä".repeat(37)))
                    .then()
                    .statusCode(400)
                    .header("x-hv-error-code", "9")
                    .header("x-hv-error-key", "password")
                    .header("x-hv-error-description", "longer than 72 bytes")
                    .body(emptyString());
            changePassword(token, Map.of("password", "ä".repeat(36))).then().statusCode(201);
        }

        @Test
        @Covers(operation = "changePassword", status = 400, code = "9")
        void changePassword_unreadableBody_returns400WithKeyPasswordEntry() {
            given().contentType(ContentType.JSON)
                    .queryParam("userid", tokenOf(DEMO))
                    .body("{\"password\": ")
                    .post(BASE + "/password")
                    .then()
                    .statusCode(400)
                    .header("x-hv-error-code", "9")
                    .header("x-hv-error-key", "passwordEntry")
                    .header("x-hv-error-description", "Unreadable body")
                    .body(emptyString());
        }

        @Test
        @Covers(operation = "changePassword", status = 400, code = "9")
        void changePassword_noUserid_returns400WithKeyUserid() {
            assertValueMissing(
                    given().contentType(ContentType.JSON)
                            .body(Map.of("password", "neu-pw"))
                            .post(BASE + "/password"),
                    "userid");
        }

        @Test
        @Covers(operation = "changePassword", status = 400, code = "8/8")
        void changePassword_idCardSession_returns400ExpectationFailed() {
            String token = logonIdCard(AUSWEIS_001, Map.of("client", "001"))
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("token");

            changePassword(token, Map.of("password", "neu-pw"))
                    .then()
                    .statusCode(400)
                    .header("x-hv-error-code", "8")
                    .header("x-hv-error-code-extended", "8")
                    .header("x-hv-error-key", nullValue())
                    .body(emptyString());
        }

        @ParameterizedTest
        @ValueSource(strings = {"0b1c8a3e-1111-4d2e-9f00-123456789abc", "kein-token"})
        @Covers(operation = "changePassword", status = 401)
        void changePassword_unknownToken_returns401WithoutHints(String token) {
            Response response = changePassword(token, Map.of("password", "neu-pw"));

            response.then().statusCode(401).body(emptyString());
            assertNoHvHeaders(response);
        }

        @Test
        @Covers(operation = "changePassword", status = 401)
        void changePassword_nulCharacterInUserid_returns401WithoutHints() {
            Response response = given().contentType(ContentType.JSON)
                    .urlEncodingEnabled(false)
                    .body(Map.of("password", "neu-pw"))
                    .post(BASE + "/password?userid=%00");

            response.then().statusCode(401).body(emptyString());
            assertNoHvHeaders(response);
        }

        /**
         * HELIUM V checks the token before the password (only an unreadable body is refused before the token):
         * without a live session, nothing about the password is told.
         */
        @Test
        @Covers(operation = "changePassword", status = 401)
        void changePassword_unknownTokenAndNoPassword_returns401() {
            Response response = changePassword(UUID.randomUUID().toString(), Map.of());

            response.then().statusCode(401).body(emptyString());
            assertNoHvHeaders(response);
        }

        @Test
        @Covers(operation = "changePassword", status = 415)
        void changePassword_textBody_returns415() {
            given().contentType(ContentType.TEXT)
                    .queryParam("userid", tokenOf(DEMO))
                    .body("neu-pw")
                    .post(BASE + "/password")
                    .then()
                    .statusCode(415)
                    .body(emptyString());
        }
    }

    @Nested
    class Throttling {

        @Test
        @Covers(operation = "logon", status = 429)
        @Covers(operation = "logon", status = 201)
        void logon_fiveFailuresInTenMinutes_returns429EvenWithTheRightPassword_untilTheWindowHasPassed() {
            clock.fix(T0);
            for (int i = 0; i < 5; i++) {
                logon(credentials(DEMO, "falsch")).then().statusCode(401);
            }

            Response refused = logon(credentials(DEMO, pw(DEMO)));
            refused.then().statusCode(429).header("Retry-After", "600").body(emptyString());
            assertNoHvHeaders(refused);

            clock.advance(Duration.ofMinutes(10).minusSeconds(1));
            logon(credentials(DEMO, pw(DEMO))).then().statusCode(429).header("Retry-After", "1");

            clock.advance(Duration.ofSeconds(1));
            logon(credentials(DEMO, pw(DEMO))).then().statusCode(201);
        }

        /** The window slides: refused until the oldest of the five latest failures is ten minutes old. */
        @Test
        @Covers(operation = "logon", status = 429)
        void logon_failuresSpreadOverTheWindow_returns429UntilTheOldestLeavesIt() {
            clock.fix(T0);
            for (int i = 0; i < 5; i++) {
                logon(credentials(DEMO, "falsch")).then().statusCode(401);
                clock.advance(Duration.ofMinutes(1));
            }
            // now T0+5m; failures at T0 … T0+4m
            logon(credentials(DEMO, pw(DEMO))).then().statusCode(429).header("Retry-After", "300");

            clock.advance(Duration.ofMinutes(5)); // T0+10m: the failure of T0 has left the window
            logon(credentials(DEMO, "falsch")).then().statusCode(401);
            // five failures again (T0+1m … T0+10m): refused until T0+11m
            logon(credentials(DEMO, pw(DEMO))).then().statusCode(429).header("Retry-After", "60");
        }

        @Test
        @Covers(operation = "logon", status = 401)
        void logon_fourFailures_theFifthAttemptIsStillChecked() {
            clock.fix(T0);
            for (int i = 0; i < 4; i++) {
                logon(credentials(DEMO, "falsch")).then().statusCode(401);
            }
            logon(credentials(DEMO, "falsch")).then().statusCode(401);
            logon(credentials(DEMO, pw(DEMO))).then().statusCode(429);
        }

        @Test
        @Covers(operation = "logon", status = 201)
        void logon_successForgetsTheEarlierFailures() {
            clock.fix(T0);
            for (int i = 0; i < 4; i++) {
                logon(credentials(DEMO, "falsch")).then().statusCode(401);
            }
            logon(credentials(DEMO, pw(DEMO))).then().statusCode(201);
            for (int i = 0; i < 4; i++) {
                logon(credentials(DEMO, "falsch")).then().statusCode(401);
            }

            logon(credentials(DEMO, pw(DEMO))).then().statusCode(201);
        }

        @Test
        @Covers(operation = "logon", status = 429)
        @Covers(operation = "logon", status = 201)
        void logon_throttlingIsPerUsername_caseIgnored() {
            clock.fix(T0);
            for (String name : List.of("demo", "DEMO", "Demo", " demo", "dEmO")) {
                logon(credentials(name, "falsch")).then().statusCode(401);
            }

            logon(credentials(DEMO, pw(DEMO))).then().statusCode(429);
            logon(credentials(NUR_001, pw(NUR_001))).then().statusCode(201);
        }

        @Test
        @Covers(operation = "logon", status = 429)
        void logon_unknownUsernamesAreThrottledToo() {
            clock.fix(T0);
            for (int i = 0; i < 5; i++) {
                logon(credentials("niemand", "rate-" + i)).then().statusCode(401);
            }

            Response refused = logon(credentials("niemand", "rate-5"));

            refused.then().statusCode(429).header("Retry-After", "600").body(emptyString());
            assertNoHvHeaders(refused);
        }

        /**
         * Concurrent attempts on one name are counted one after the other (the name's row is locked in the
         * database), so none slips past the limit, whichever instance it reaches.
         */
        @Test
        @Covers(operation = "logon", status = 401)
        @Covers(operation = "logon", status = 429)
        void logon_concurrentWrongPasswords_exactlyFiveAreChecked() throws Exception {
            clock.fix(T0);
            int attempts = 9;

            List<Integer> answered = concurrently(
                    attempts, () -> logon(credentials(DEMO, "falsch")).statusCode());

            assertThat(answered).filteredOn(status -> status == 401).hasSize(5);
            assertThat(answered).filteredOn(status -> status == 429).hasSize(attempts - 5);
        }

        /** The failures live in the database: those another instance recorded count here as well. */
        @Test
        @Covers(operation = "logon", status = 429)
        void logon_failuresRecordedByAnotherInstance_returns429() {
            clock.fix(T0);
            OffsetDateTime vorhin = OffsetDateTime.parse("2026-03-02T07:55:00Z");
            dsl.insertInto(org.tvilling.db.heliumv.Tables.ANMELDESPERRE)
                    .set(org.tvilling.db.heliumv.Tables.ANMELDESPERRE.BEREICH, "BENUTZER")
                    .set(org.tvilling.db.heliumv.Tables.ANMELDESPERRE.NAME, DEMO)
                    .set(org.tvilling.db.heliumv.Tables.ANMELDESPERRE.LETZTER_VERSUCH, vorhin)
                    .execute();
            for (int i = 0; i < 5; i++) {
                dsl.insertInto(org.tvilling.db.heliumv.Tables.FEHLANMELDUNG)
                        .set(org.tvilling.db.heliumv.Tables.FEHLANMELDUNG.BEREICH, "BENUTZER")
                        .set(org.tvilling.db.heliumv.Tables.FEHLANMELDUNG.NAME, DEMO)
                        .set(org.tvilling.db.heliumv.Tables.FEHLANMELDUNG.ZEITPUNKT, vorhin)
                        .execute();
            }

            logon(credentials(DEMO, pw(DEMO))).then().statusCode(429).header("Retry-After", "300");
        }

        @Test
        @Covers(operation = "logonExternal", status = 429)
        void logonExternal_fiveFailures_returns429Invalid() {
            clock.fix(T0);
            for (int i = 0; i < 5; i++) {
                logonApp(credentials(KUNDE_A, "falsch")).then().statusCode(401);
            }

            Response response = logonApp(credentials(KUNDE_A, KONTAKT_PW));

            response.then().statusCode(429).header("Retry-After", "600").body("valid", is(false));
            assertThat(response.body().asString()).isEqualTo("{\"valid\":false}");
            logon(credentials(DEMO, pw(DEMO))).then().statusCode(201);
        }

        /** The card's failures, spread over clients so that no client reaches five. */
        @Test
        @Covers(operation = "logonIdCard", status = 429)
        void logonIdCard_fiveFailuresOfOneCard_returns429ForThatCard() {
            clock.fix(T0);
            for (String client : List.of("002", "003", "002", "003", "999")) {
                logonIdCard(AUSWEIS_001, Map.of("client", client)).then().statusCode(401);
            }

            Response refused = logonIdCard(AUSWEIS_001, Map.of("client", "001"));

            refused.then().statusCode(429).header("Retry-After", "600").body(emptyString());
            assertNoHvHeaders(refused);
            logonIdCard(AUSWEIS_002, Map.of("client", "002")).then().statusCode(201);
        }

        /**
         * The card number is the only secret: guessing cards in one client is counted for the client, and
         * five failures refuse every ID-card logon there (a valid card too) until the window has passed.
         */
        @Test
        @Covers(operation = "logonIdCard", status = 401)
        @Covers(operation = "logonIdCard", status = 429)
        @Covers(operation = "logonIdCard", status = 201)
        void logonIdCard_fiveUnknownCardsInOneClient_returns429ForThatClient() {
            clock.fix(T0);
            for (String card : List.of("1001", "1002", "1003", "1004", "1005")) {
                logonIdCard(card, Map.of("client", "001")).then().statusCode(401);
            }

            Response guessed = logonIdCard("1006", Map.of("client", "001"));
            guessed.then().statusCode(429).header("Retry-After", "600").body(emptyString());
            assertNoHvHeaders(guessed);
            logonIdCard(AUSWEIS_001, Map.of("client", " 001 "))
                    .then()
                    .statusCode(429)
                    .body(emptyString());
            logonIdCard(AUSWEIS_002, Map.of("client", "002")).then().statusCode(201);
            logon(credentials(DEMO, pw(DEMO))).then().statusCode(201);
            assertThat(sessions()).isEqualTo(2);

            clock.advance(Duration.ofMinutes(10).minusSeconds(1));
            logonIdCard(AUSWEIS_001, Map.of("client", "001"))
                    .then()
                    .statusCode(429)
                    .header("Retry-After", "1");
            clock.advance(Duration.ofSeconds(1));
            logonIdCard(AUSWEIS_001, Map.of("client", "001"))
                    .then()
                    .statusCode(201)
                    .body("client", is("001"));
        }

        /** One valid card must not reset the client's count between guesses. */
        @Test
        @Covers(operation = "logonIdCard", status = 429)
        void logonIdCard_validCardBetweenGuesses_returns429AfterTheFifthGuess() {
            clock.fix(T0);
            for (String card : List.of("1001", "1002", "1003", "1004")) {
                logonIdCard(card, Map.of("client", "001")).then().statusCode(401);
            }
            logonIdCard(AUSWEIS_001, Map.of("client", "001")).then().statusCode(201);
            logonIdCard("1005", Map.of("client", "001")).then().statusCode(401);

            logonIdCard(AUSWEIS_001, Map.of("client", "001"))
                    .then()
                    .statusCode(429)
                    .header("Retry-After", "600")
                    .body(emptyString());
        }
    }

    @Nested
    class Xml {

        @Test
        @Covers(operation = "logon", status = 201)
        void logon_xmlBothWays_returns201InXml() {
            Response response = xml().body("<logonEntry><username>demo</username><password>demo-pw</password>"
                            + "<client>002</client></logonEntry>")
                    .post(BASE + "/logon");

            response.then()
                    .statusCode(201)
                    .contentType("application/xml;charset=UTF-8")
                    .body("loggedOnEntry.token", matchesPattern(UUID_PATTERN))
                    .body("loggedOnEntry.client", is("002"))
                    .body("loggedOnEntry.localeString", is("deDE"));
            assertThat(response.body().asString()).startsWith("<?xml");
        }

        @Test
        @Covers(operation = "logon", status = 201)
        void logon_jsonInXmlOut_and_xmlInJsonOut_returns201() {
            given().contentType(ContentType.JSON)
                    .accept(ContentType.XML)
                    .body(credentials(DEMO, pw(DEMO)))
                    .post(BASE + "/logon")
                    .then()
                    .statusCode(201)
                    .body("loggedOnEntry.client", is("001"));
            given().contentType(ContentType.XML)
                    .accept(ContentType.JSON)
                    .body("<logonEntry><username>demo</username><password>demo-pw</password></logonEntry>")
                    .post(BASE + "/logon")
                    .then()
                    .statusCode(201)
                    .body("client", is("001"));
        }

        @Test
        @Covers(operation = "logon", status = 400, code = "9")
        void logon_xmlWithoutPassword_returns400WithKeyPassword() {
            assertValueMissing(
                    xml().body("<logonEntry><username>demo</username></logonEntry>")
                            .post(BASE + "/logon"),
                    "password");
        }

        @Test
        @Covers(operation = "logon", status = 401)
        void logon_xmlWrongPassword_returns401WithoutBody() {
            xml().body("<logonEntry><username>demo</username><password>falsch</password></logonEntry>")
                    .post(BASE + "/logon")
                    .then()
                    .statusCode(401)
                    .body(emptyString());
        }

        @Test
        @Covers(operation = "logon", status = 401)
        @Covers(operation = "logon", status = 429)
        void logon_xmlAfterFiveFailures_returns429WithRetryAfterWithoutBody() {
            clock.fix(T0);
            for (int i = 0; i < 5; i++) {
                xml().body("<logonEntry><username>demo</username><password>falsch</password></logonEntry>")
                        .post(BASE + "/logon")
                        .then()
                        .statusCode(401);
            }

            Response refused = xml().body(
                            "<logonEntry><username>demo</username><password>demo-pw</password></logonEntry>")
                    .post(BASE + "/logon");

            refused.then().statusCode(429).header("Retry-After", "600").body(emptyString());
            assertNoHvHeaders(refused);
            assertThat(sessions()).isZero();
        }

        @Test
        @Covers(operation = "logon", status = 400, code = "9")
        void logon_malformedXml_returns400WithKeyLogonEntry() {
            xml().body("<logonEntry><username>demo</username>")
                    .post(BASE + "/logon")
                    .then()
                    .statusCode(400)
                    .header("x-hv-error-code", "9")
                    .header("x-hv-error-key", "logonEntry")
                    .header("x-hv-error-value", nullValue())
                    .header("x-hv-error-description", "Unreadable body")
                    .body(emptyString());
        }

        /** U+0000 cannot be written in XML at all, not even as a character reference. */
        @Test
        @Covers(operation = "logon", status = 400, code = "9")
        void logon_xmlNulCharacterInUsername_returns400Unreadable() {
            xml().body("<logonEntry><username>demo&#0;</username><password>falsch</password></logonEntry>")
                    .post(BASE + "/logon")
                    .then()
                    .statusCode(400)
                    .header("x-hv-error-code", "9")
                    .header("x-hv-error-key", "logonEntry")
                    .header("x-hv-error-description", "Unreadable body")
                    .body(emptyString());
            assertThat(dsl.fetchCount(org.tvilling.db.heliumv.Tables.FEHLANMELDUNG))
                    .isZero();
        }

        /** No document type declarations, so no external entities and no entity expansion. */
        @Test
        @Covers(operation = "logon", status = 400, code = "9")
        void logon_xmlWithADoctype_returns400Unreadable() {
            xml().body("<?xml version=\"1.0\"?><!DOCTYPE logonEntry [<!ENTITY name SYSTEM \"file:///etc/hostname\">]>"
                            + "<logonEntry><username>&name;</username><password>x</password></logonEntry>")
                    .post(BASE + "/logon")
                    .then()
                    .statusCode(400)
                    .header("x-hv-error-code", "9")
                    .header("x-hv-error-key", "logonEntry")
                    .header("x-hv-error-description", "Unreadable body");
            assertThat(dsl.fetchCount(org.tvilling.db.heliumv.Tables.FEHLANMELDUNG))
                    .isZero();
        }

        @Test
        @Covers(operation = "logonExternal", status = 417, code = "8/2079")
        void logonExternal_xmlAmbiguousTenant_returns417WithPossibleTenantsInXml() {
            Response response = xml().body("<logonTenantEntry><username>einkauf@kunde-b.example</username>"
                            + "<password>kontakt-pw</password></logonTenantEntry>")
                    .post(BASE + "/logonapp");

            response.then()
                    .statusCode(417)
                    .header("x-hv-error-code", "8")
                    .header("x-hv-error-code-extended", "2079")
                    .body("loggedOnTenantEntry.valid", is("false"))
                    .body("loggedOnTenantEntry.possibleTenants.entries.cnr", contains("001", "002"));
            // JAXB's list: one <entries> element per tenant, not wrapped
            assertThat(response.body().asString().replaceAll("\\s", ""))
                    .contains("<possibleTenants><entries><description>DemoGmbH</description><cnr>001</cnr></entries>"
                            + "<entries><description>DemoDeutschlandGmbH</description><cnr>002</cnr></entries>"
                            + "</possibleTenants>");
        }

        @Test
        @Covers(operation = "logonExternal", status = 201)
        void logonExternal_xmlWithTenant_returns201InXml() {
            xml().body("<logonTenantEntry><tenantCnr>002</tenantCnr><username>einkauf@kunde-b.example</username>"
                            + "<password>kontakt-pw</password></logonTenantEntry>")
                    .post(BASE + "/logonapp")
                    .then()
                    .statusCode(201)
                    .body("loggedOnTenantEntry.valid", is("true"))
                    .body("loggedOnTenantEntry.client", is("002"))
                    .body("loggedOnTenantEntry.token", matchesPattern(UUID_PATTERN));
        }

        /** The members in the document's order (its example: valid, possibleTenants, token, client, localeString). */
        @Test
        @Covers(operation = "logonExternal", status = 201)
        void logonExternal_xml_returns201WithTheElementsInTheDocumentsOrder() {
            String answer = xml().body("<logonTenantEntry><username>einkauf@kunde-a.example</username>"
                            + "<password>kontakt-pw</password></logonTenantEntry>")
                    .post(BASE + "/logonapp")
                    .then()
                    .statusCode(201)
                    .extract()
                    .asString();

            assertThat(answer.replaceAll("<token>[^<]+</token>", "<token/>"))
                    .isEqualTo("<?xml version='1.0' encoding='UTF-8'?><loggedOnTenantEntry><valid>true</valid><token/>"
                            + "<client>001</client><localeString>deAT</localeString></loggedOnTenantEntry>");
        }

        @Test
        @Covers(operation = "logonExternal", status = 404)
        void logonExternal_xmlNoPartlists_returns404InXml() {
            Response response = xml().body("<logonTenantEntry><username>info@kunde-c.example</username>"
                            + "<password>kontakt-pw</password></logonTenantEntry>")
                    .post(BASE + "/logonapp");

            response.then().statusCode(404);
            assertThat(response.body().asString().replaceAll("\\s", ""))
                    .endsWith("<loggedOnTenantEntry><valid>false</valid></loggedOnTenantEntry>");
        }

        @Test
        @Covers(operation = "logonExternal", status = 401)
        void logonExternal_xmlWrongPassword_returns401InXml() {
            Response response = xml().body("<logonTenantEntry><username>einkauf@kunde-a.example</username>"
                            + "<password>falsch</password></logonTenantEntry>")
                    .post(BASE + "/logonapp");

            response.then()
                    .statusCode(401)
                    .contentType("application/xml;charset=UTF-8")
                    .body("loggedOnTenantEntry.valid", is("false"));
            assertThat(response.body().asString())
                    .isEqualTo("<?xml version='1.0' encoding='UTF-8'?>"
                            + "<loggedOnTenantEntry><valid>false</valid></loggedOnTenantEntry>");
            assertNoHvHeaders(response);
            assertThat(sessions()).isZero();
        }

        @Test
        @Covers(operation = "logonExternal", status = 400, code = "9")
        void logonExternal_xmlWithoutUsername_returns400WithKeyUsername() {
            assertValueMissing(
                    xml().body("<logonTenantEntry><password>kontakt-pw</password></logonTenantEntry>")
                            .post(BASE + "/logonapp"),
                    "username");
        }

        @Test
        @Covers(operation = "logonExternal", status = 400, code = "9")
        void logonExternal_xmlNoBody_returns400WithKeyLogonEntry() {
            assertValueMissing(xml().post(BASE + "/logonapp"), "logonEntry");
        }

        @Test
        @Covers(operation = "logonExternal", status = 401)
        @Covers(operation = "logonExternal", status = 429)
        void logonExternal_xmlAfterFiveFailures_returns429InvalidInXml() {
            clock.fix(T0);
            for (int i = 0; i < 5; i++) {
                xml().body("<logonTenantEntry><username>einkauf@kunde-a.example</username>"
                                + "<password>falsch</password></logonTenantEntry>")
                        .post(BASE + "/logonapp")
                        .then()
                        .statusCode(401);
            }

            Response refused = xml().body("<logonTenantEntry><username>einkauf@kunde-a.example</username>"
                            + "<password>kontakt-pw</password></logonTenantEntry>")
                    .post(BASE + "/logonapp");

            refused.then().statusCode(429).header("Retry-After", "600").contentType("application/xml;charset=UTF-8");
            assertThat(refused.body().asString())
                    .isEqualTo("<?xml version='1.0' encoding='UTF-8'?>"
                            + "<loggedOnTenantEntry><valid>false</valid></loggedOnTenantEntry>");
            assertNoHvHeaders(refused);
            assertThat(sessions()).isZero();
        }

        @Test
        @Covers(operation = "logonIdCard", status = 201)
        void logonIdCard_xmlBothWays_returns201InXml() {
            xml().body("<logonIdCardEntry><client>001</client></logonIdCardEntry>")
                    .post(BASE + "/logonidcard/{idcard}", AUSWEIS_001)
                    .then()
                    .statusCode(201)
                    .body("loggedOnEntry.client", is("001"))
                    .body("loggedOnEntry.localeString", is("deAT"));
        }

        @Test
        @Covers(operation = "logout", status = 200)
        @Covers(operation = "logoutPathParam", status = 204)
        void logout_askingForXml_returns200_thenTheEndedToken204() {
            String token = xml().body("<logonEntry><username>demo</username><password>demo-pw</password></logonEntry>")
                    .post(BASE + "/logon")
                    .then()
                    .statusCode(201)
                    .extract()
                    .xmlPath()
                    .getString("loggedOnEntry.token");

            given().accept(ContentType.XML)
                    .queryParam("userid", token)
                    .get(BASE + "/logout")
                    .then()
                    .statusCode(200)
                    .body(emptyString());
            given().accept(ContentType.XML)
                    .get(BASE + "/logout/{token}", token)
                    .then()
                    .statusCode(204);
        }

        @Test
        @Covers(operation = "logout", status = 400, code = "9")
        void logout_askingForXmlWithoutUserid_returns400WithKeyUserid() {
            assertValueMissing(given().accept(ContentType.XML).get(BASE + "/logout"), "userid");
            assertValueMissing(
                    given().accept(ContentType.XML).queryParam("userid", " ").get(BASE + "/logout"), "userid");
        }

        @Test
        @Covers(operation = "logoutPathParam", status = 400, code = "9")
        void logoutPathParam_askingForXmlWithABlankToken_returns400WithKeyUserid() {
            assertValueMissing(
                    given().accept(ContentType.XML).urlEncodingEnabled(false).get(BASE + "/logout/%20"), "userid");
        }

        @Test
        @Covers(operation = "changePassword", status = 201)
        void changePassword_xmlBody_returns201() {
            given().contentType(ContentType.XML)
                    .queryParam("userid", tokenOf(DEMO))
                    .body("<changePasswordEntry><password>xml-neu</password></changePasswordEntry>")
                    .post(BASE + "/password")
                    .then()
                    .statusCode(201);

            logon(credentials(DEMO, "xml-neu")).then().statusCode(201);
        }

        @Test
        @Covers(operation = "changePassword", status = 400, code = "9")
        void changePassword_xmlEmptyPassword_returns400WithKeyPasswordEntry() {
            assertValueMissing(
                    given().contentType(ContentType.XML)
                            .queryParam("userid", tokenOf(DEMO))
                            .body("<changePasswordEntry><password></password></changePasswordEntry>")
                            .post(BASE + "/password"),
                    "passwordEntry");
        }
    }

    /** Requests refused before the operation runs (issue 9): the HELIUM V way, status and headers, no body. */
    @Nested
    class RefusedBeforeTheOperation {

        /** Query strings Tomcat cannot decode, as a client may send them (userid with a bad or stray escape). */
        static final List<String> MALFORMED_QUERIES =
                List.of("userid=%", "userid=%zz", "userid=%FF", "userid=a%ED%A0%80b", "%=1&userid=x", "&&=&userid=%zz");

        @Test
        @Covers(operation = "logon", status = 431)
        @Covers(operation = "logonExternal", status = 431)
        @Covers(operation = "logout", status = 431)
        @Covers(operation = "logoutPathParam", status = 431)
        @Covers(operation = "changePassword", status = 431)
        @Covers(operation = "logonIdCard", status = 431)
        void everyOperation_headerFieldsOverTheLimit_returns431WithoutBody() {
            String token = tokenOf(DEMO);
            for (Response response : List.of(
                    json().headers(EdgeRequests.OVERSIZED_HEADER)
                            .body(credentials(DEMO, pw(DEMO)))
                            .post(BASE + "/logon"),
                    json().headers(EdgeRequests.OVERSIZED_HEADER)
                            .body(credentials(KUNDE_A, KONTAKT_PW))
                            .post(BASE + "/logonapp"),
                    given().headers(EdgeRequests.OVERSIZED_HEADER)
                            .queryParam("userid", token)
                            .get(BASE + "/logout"),
                    given().headers(EdgeRequests.OVERSIZED_HEADER).get(BASE + "/logout/{token}", token),
                    json().headers(EdgeRequests.OVERSIZED_HEADER)
                            .queryParam("userid", token)
                            .body(Map.of("password", "neu-pw"))
                            .post(BASE + "/password"),
                    json().headers(EdgeRequests.OVERSIZED_HEADER)
                            .body(Map.of("client", "001"))
                            .post(BASE + "/logonidcard/{idcard}", AUSWEIS_001))) {
                response.then().statusCode(431).body(emptyString());
                assertNoHvHeaders(response);
            }
            assertThat(sessions()).as("only the first logon's session").isOne();
            assertThat(sitzung(token)).as("still live").isNotNull();
            logon(credentials(DEMO, pw(DEMO))).then().statusCode(201);
        }

        /** JSON has no charset parameter (RFC 8259): such an Accept gets JSON, not a 500 after the logon. */
        @Test
        @Covers(operation = "logon", status = 201)
        @Covers(operation = "logonExternal", status = 201)
        void logons_acceptJsonWithAnotherCharset_returns201InJson() {
            given().contentType(ContentType.JSON)
                    .accept(EdgeRequests.JSON_IN_UTF16)
                    .body(credentials(DEMO, pw(DEMO)))
                    .post(BASE + "/logon")
                    .then()
                    .statusCode(201)
                    .contentType(ContentType.JSON)
                    .body("token", matchesPattern(UUID_PATTERN));
            given().contentType(ContentType.JSON)
                    .accept(EdgeRequests.JSON_IN_UTF16)
                    .body(credentials(KUNDE_A, KONTAKT_PW))
                    .post(BASE + "/logonapp")
                    .then()
                    .statusCode(201)
                    .contentType(ContentType.JSON)
                    .body("valid", is(true));
        }

        @Test
        @Covers(operation = "logout", status = 400, code = "9")
        @Covers(operation = "changePassword", status = 400, code = "9")
        void logoutAndPassword_malformedQueryString_returns400Code9AndChangesNothing() {
            String token = tokenOf(DEMO);
            for (String query : MALFORMED_QUERIES) {
                for (RawRequest request : List.of(
                        RawRequest.of("GET", BASE + "/logout?" + query),
                        RawRequest.of("POST", BASE + "/password?" + query)
                                .with("Content-Type", "application/json")
                                .withBody("{\"password\":\"neu-pw\"}"
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)))) {
                    Answer answer = RawExchanges.send(request);
                    assertThat(answer.status()).as(query).isEqualTo(400);
                    assertThat(answer.header("x-hv-error-code")).isEqualTo("9");
                    assertThat(answer.header("x-hv-error-key")).isEqualTo("request");
                    assertThat(answer.header("x-hv-error-description")).isEqualTo("The request could not be read");
                    assertThat(answer.body()).isEmpty();
                }
            }
            assertThat(sitzung(token)).as("the session is still live").isNotNull();
            logon(credentials(DEMO, pw(DEMO))).then().statusCode(201);
        }

        /** hvtoken with bytes 0x80–0x9F (a fullwidth digit): the header's 400, named in x-hv-error-key. */
        @Test
        @Covers(operation = "logout", status = 400, code = "9")
        void logout_hvtokenWithControlBytes_returns400Code9NamingIt() {
            for (byte[] value : EdgeRequests.CONTROL_BYTES) {
                Answer answer = RawExchanges.send(
                        RawRequest.of("GET", BASE + "/logout").with(new RawRequest.Header("hvtoken", value)));
                assertThat(answer.status()).isEqualTo(400);
                assertThat(answer.header("x-hv-error-code")).isEqualTo("9");
                assertThat(answer.header("x-hv-error-key")).isEqualTo("hvtoken");
            }
        }

        @Test
        @Covers(operation = "logoutPathParam", status = 400, code = "9")
        void logoutPathParam_refusedEscapeInTheToken_returns400Code9() {
            for (String escape : EdgeRequests.REFUSED_ESCAPES) {
                Answer answer = RawExchanges.send(RawRequest.of("GET", BASE + "/logout/ab" + escape + "cd"));
                assertThat(answer.status()).as(escape).isEqualTo(400);
                assertThat(answer.header("x-hv-error-code")).isEqualTo("9");
                assertThat(answer.body()).isEmpty();
            }
        }
    }
}
