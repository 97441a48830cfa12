package org.tvilling.star.virksomhedlogin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.tvilling.db.star.Tables.VIRKSOMHED;
import static org.tvilling.db.star.Tables.VIRKSOMHED_LOGIN;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.tvilling.ApiTest;
import org.tvilling.EdgeRequests;
import org.tvilling.contract.Answer;
import org.tvilling.contract.Covers;
import org.tvilling.contract.RawExchanges;
import org.tvilling.contract.fuzz.RawRequest;

/** Virksomhedsindsats.VirksomhedLoginService: GetVirksomhedLogin, SetVirksomhedLogin, GetVirksomhedLogins. */
class VirksomhedLoginTest extends ApiTest {

    private static final String PATH = "/star/v1/VirksomhedLogin/{cvrNummer}";
    private static final String ALL = "/star/v1/VirksomhedLogin";
    private static final String WRITE_SCOPE = "virksomhedsindsats.login.write";

    private static final String LOGGED_IN = "12345678";
    private static final String NEVER_LOGGED_IN = "87654321";
    private static final String OTHER_LOGGED_IN = "10000009";
    private static final String UNKNOWN = "99999999";

    @Autowired
    private JWKSource<SecurityContext> signingKeys;

    @BeforeEach
    void companies() {
        dsl.deleteFrom(VIRKSOMHED_LOGIN).execute();
        dsl.deleteFrom(VIRKSOMHED).execute();
        company(LOGGED_IN, "Demo ApS");
        company(NEVER_LOGGED_IN, "Uden Login A/S");
        company(OTHER_LOGGED_IN, "Anden ApS");
        login(LOGGED_IN, "2024-01-15T07:30:00Z", "2026-06-20T11:45:00Z");
        login(OTHER_LOGGED_IN, "2025-03-01T09:00:00Z", "2025-03-01T09:00:00Z");
    }

    // GetVirksomhedLogin

    @Test
    @Covers(operation = "GetVirksomhedLogin", status = 200)
    void getVirksomhedLogin_companyWithLogins_returns200WithBothTimestampsInDanishTime() {
        given().header("Authorization", bearer(token("jobcenter-101")))
                .get(PATH, LOGGED_IN)
                .then()
                .statusCode(200)
                .body("virksomhedLogin.cvrNummer", is(LOGGED_IN))
                .body("virksomhedLogin.tidligsteLoginTidspunkt", is("2024-01-15T08:30:00+01:00"))
                .body("virksomhedLogin.senesteLoginTidspunkt", is("2026-06-20T13:45:00+02:00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"akasse-demo", "jobcenter-101", "star-system"})
    void getVirksomhedLogin_everyAllowedOrganisation_returns200(String client) {
        given().header("Authorization", bearer(token(client)))
                .get(PATH, LOGGED_IN)
                .then()
                .statusCode(200)
                .body("virksomhedLogin.cvrNummer", is(LOGGED_IN));
    }

    @Test
    @Covers(operation = "GetVirksomhedLogin", status = 404, code = "120500")
    void getVirksomhedLogin_unknownCompany_returns404With120500() {
        given().header("Authorization", bearer(token("akasse-demo")))
                .get(PATH, UNKNOWN)
                .then()
                .statusCode(404)
                .body("fejl", hasSize(1))
                .body("fejl[0].fejlkode", is(120500))
                .body("fejl[0].fejltekst", is("Virksomheden blev ikke fundet."));
    }

    @Test
    @Covers(operation = "GetVirksomhedLogin", status = 404, code = "120700")
    void getVirksomhedLogin_companyWithoutLogin_returns404With120700() {
        given().header("Authorization", bearer(token("akasse-demo")))
                .get(PATH, NEVER_LOGGED_IN)
                .then()
                .statusCode(404)
                .body("fejl", hasSize(1))
                .body("fejl[0].fejlkode", is(120700))
                .body("fejl[0].fejltekst", is("Der er ikke registreret et login på den angivne virksomhed."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234567", "123456789", "1234567a", "abcdefgh", "+1234567"})
    @Covers(operation = "GetVirksomhedLogin", status = 400, code = "1014")
    void getVirksomhedLogin_cvrBreaksPattern_returns400With1014(String cvr) {
        given().header("Authorization", bearer(token("star-system")))
                .get(PATH, cvr)
                .then()
                .statusCode(400)
                .body("fejl", hasSize(1))
                .body("fejl[0].fejlkode", is(1014))
                .body("fejl[0].fejltekst", is("Failed to validate message"))
                .body("fejl[0].felt", is("cvrNummer"));
    }

    @Test
    @Covers(operation = "GetVirksomhedLogin", status = 401, code = "1012")
    void getVirksomhedLogin_noToken_returns401With1012AndBearerChallenge() {
        given().get(PATH, LOGGED_IN)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("fejl[0].fejlkode", is(1012))
                .body("fejl[0].fejltekst", is("Logon failed"));
    }

    /** The control for the forged tokens below: minted the same way, but valid, it is accepted. */
    @Test
    @Covers(operation = "GetVirksomhedLogin", status = 200)
    void getVirksomhedLogin_validTokenMintedWithTheIssuersKey_returns200() {
        given().header("Authorization", bearer(mint(claims(Instant.now(), "http://localhost:8080"))))
                .get(PATH, LOGGED_IN)
                .then()
                .statusCode(200);
    }

    @Test
    @Covers(operation = "GetVirksomhedLogin", status = 401, code = "1012")
    void getVirksomhedLogin_expiredToken_returns401() {
        String expired = mint(claims(Instant.now().minus(2, ChronoUnit.HOURS), "http://localhost:8080"));
        given().header("Authorization", bearer(expired))
                .get(PATH, LOGGED_IN)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer error=\"invalid_token\""))
                .body("fejl[0].fejlkode", is(1012));
    }

    @Test
    @Covers(operation = "GetVirksomhedLogin", status = 401, code = "1012")
    void getVirksomhedLogin_tokenOfAnotherIssuer_returns401() {
        refusedWith1012(mint(claims(Instant.now(), "https://other-issuer.example")));
    }

    @Test
    @Covers(operation = "GetVirksomhedLogin", status = 401, code = "1012")
    void getVirksomhedLogin_tokenSignedWithAnotherKey_returns401() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var keyPair = generator.generateKeyPair();
        var otherKey = new com.nimbusds.jose.jwk.RSAKey.Builder((RSAPublicKey) keyPair.getPublic())
                .privateKey((RSAPrivateKey) keyPair.getPrivate())
                .keyID("not-the-issuers")
                .build();
        String forged = new NimbusJwtEncoder(
                        new com.nimbusds.jose.jwk.source.ImmutableJWKSet<>(new com.nimbusds.jose.jwk.JWKSet(otherKey)))
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(),
                        claims(Instant.now(), "http://localhost:8080")))
                .getTokenValue();
        refusedWith1012(forged);
    }

    /**
     * Accepted tokens are remembered (platform.security.VerifiedTokenCache): the same header and claims with
     * another signature are not the remembered token, and are refused.
     */
    @Test
    @Covers(operation = "GetVirksomhedLogin", status = 401, code = "1012")
    void getVirksomhedLogin_acceptedTokenWithAnotherSignature_returns401() {
        String token = mint(claims(Instant.now(), "http://localhost:8080"));
        given().header("Authorization", bearer(token))
                .get(PATH, LOGGED_IN)
                .then()
                .statusCode(200);
        String signature = token.substring(token.lastIndexOf('.') + 1);
        String altered = token.substring(0, token.lastIndexOf('.') + 1)
                + (signature.charAt(0) == 'A' ? 'B' : 'A')
                + signature.substring(1);

        refusedWith1012(altered);
    }

    @Test
    @Covers(operation = "GetVirksomhedLogin", status = 403, code = "4575")
    void getVirksomhedLogin_kommune_returns403With4575() {
        given().header("Authorization", bearer(token("kommune-demo")))
                .get(PATH, LOGGED_IN)
                .then()
                .statusCode(403)
                .body("fejl", hasSize(1))
                .body("fejl[0].fejlkode", is(4575))
                .body("fejl[0].fejltekst", is("You are not authorized"));
    }

    // SetVirksomhedLogin

    @Test
    @Covers(operation = "SetVirksomhedLogin", status = 200)
    void setVirksomhedLogin_firstLogin_returns200AndSetsBothTimestamps() {
        OffsetDateTime before = OffsetDateTime.now().truncatedTo(ChronoUnit.MILLIS);

        setLogin(NEVER_LOGGED_IN, UUID.randomUUID().toString())
                .then()
                .statusCode(200)
                .body(is(""));

        VirksomhedLogin stored = stored(NEVER_LOGGED_IN);
        assertThat(stored.tidligsteLoginTidspunkt()).isEqualTo(stored.senesteLoginTidspunkt());
        assertThat(stored.tidligsteLoginTidspunkt()).isAfterOrEqualTo(before);
        given().header("Authorization", bearer(token("jobcenter-101")))
                .get(PATH, NEVER_LOGGED_IN)
                .then()
                .statusCode(200)
                .body("virksomhedLogin.cvrNummer", is(NEVER_LOGGED_IN));
    }

    @Test
    @Covers(operation = "SetVirksomhedLogin", status = 200)
    void setVirksomhedLogin_laterLogin_returns200AndMovesOnlyTheLatest() {
        VirksomhedLogin before = stored(LOGGED_IN);

        setLogin(LOGGED_IN, UUID.randomUUID().toString()).then().statusCode(200);

        VirksomhedLogin after = stored(LOGGED_IN);
        assertThat(after.tidligsteLoginTidspunkt()).isEqualTo(before.tidligsteLoginTidspunkt());
        assertThat(after.senesteLoginTidspunkt()).isAfter(before.senesteLoginTidspunkt());
    }

    @Test
    @Covers(operation = "SetVirksomhedLogin", status = 200)
    void setVirksomhedLogin_requestIdOf46Characters_returns200() {
        setLogin(LOGGED_IN, "x".repeat(46)).then().statusCode(200);
    }

    @Test
    @Covers(operation = "SetVirksomhedLogin", status = 412)
    void setVirksomhedLogin_repeatedRequestId_returns412AndChangesNothing() {
        String requestId = UUID.randomUUID().toString();
        setLogin(NEVER_LOGGED_IN, requestId).then().statusCode(200);
        VirksomhedLogin first = stored(NEVER_LOGGED_IN);

        setLogin(NEVER_LOGGED_IN, requestId)
                .then()
                .statusCode(412)
                .body("fejl", hasSize(1))
                .body("fejl[0].fejlkode", nullValue())
                .body("fejl[0].felt", is("x-requestId"));

        assertThat(stored(NEVER_LOGGED_IN)).isEqualTo(first);
    }

    @Test
    @Covers(operation = "SetVirksomhedLogin", status = 200)
    @Covers(operation = "SetVirksomhedLogin", status = 412)
    void setVirksomhedLogin_oneRequestIdSentConcurrently_returns200ExactlyOnce() throws Exception {
        String requestId = UUID.randomUUID().toString();
        String token = token("star-system", WRITE_SCOPE);
        int callers = 16;
        List<Integer> results = concurrently(
                callers,
                () -> given().header("Authorization", bearer(token))
                        .header("x-requestId", requestId)
                        .put(PATH, NEVER_LOGGED_IN)
                        .statusCode());
        assertThat(results).filteredOn(status -> status == 200).hasSize(1);
        assertThat(results).filteredOn(status -> status == 412).hasSize(callers - 1);
    }

    @Test
    @Covers(operation = "SetVirksomhedLogin", status = 404, code = "120500")
    void setVirksomhedLogin_unknownCompany_returns404With120500AndLeavesTheRequestIdUnused() {
        String requestId = UUID.randomUUID().toString();
        setLogin(UNKNOWN, requestId)
                .then()
                .statusCode(404)
                .body("fejl", hasSize(1))
                .body("fejl[0].fejlkode", is(120500))
                .body("fejl[0].fejltekst", is("Virksomheden blev ikke fundet."));

        company(UNKNOWN, "Ny ApS");
        setLogin(UNKNOWN, requestId).then().statusCode(200);
    }

    @Test
    @Covers(operation = "SetVirksomhedLogin", status = 400, code = "1014")
    void setVirksomhedLogin_missingRequestId_returns400With1014() {
        given().header("Authorization", bearer(token("star-system", WRITE_SCOPE)))
                .put(PATH, LOGGED_IN)
                .then()
                .statusCode(400)
                .body("fejl", hasSize(1))
                .body("fejl[0].fejlkode", is(1014))
                .body("fejl[0].felt", is("x-requestId"));
    }

    @Test
    @Covers(operation = "SetVirksomhedLogin", status = 400, code = "1014")
    void setVirksomhedLogin_requestIdLongerThan46_returns400With1014AndChangesNothing() {
        VirksomhedLogin before = stored(LOGGED_IN);
        setLogin(LOGGED_IN, "x".repeat(47))
                .then()
                .statusCode(400)
                .body("fejl[0].fejlkode", is(1014))
                .body("fejl[0].felt", is("x-requestId"));
        assertThat(stored(LOGGED_IN)).isEqualTo(before);
    }

    @Test
    @Covers(operation = "SetVirksomhedLogin", status = 400, code = "1014")
    void setVirksomhedLogin_badCvrAndNoRequestId_returns400ListingBoth() {
        given().header("Authorization", bearer(token("star-system", WRITE_SCOPE)))
                .put(PATH, "1234")
                .then()
                .statusCode(400)
                .body("fejl.felt", containsInAnyOrder("cvrNummer", "x-requestId"))
                .body("fejl.fejlkode", contains(1014, 1014));
    }

    @Test
    @Covers(operation = "SetVirksomhedLogin", status = 401, code = "1012")
    void setVirksomhedLogin_noToken_returns401With1012() {
        given().header("x-requestId", UUID.randomUUID().toString())
                .put(PATH, LOGGED_IN)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("fejl[0].fejlkode", is(1012));
    }

    @Test
    @Covers(operation = "SetVirksomhedLogin", status = 403, code = "4575")
    void setVirksomhedLogin_starWithoutScope_returns403With4575() {
        VirksomhedLogin before = stored(LOGGED_IN);
        given().header("Authorization", bearer(token("star-system")))
                .header("x-requestId", UUID.randomUUID().toString())
                .put(PATH, LOGGED_IN)
                .then()
                .statusCode(403)
                .body("fejl[0].fejlkode", is(4575));
        assertThat(stored(LOGGED_IN)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jobcenter-101", "akasse-demo", "kommune-demo"})
    @Covers(operation = "SetVirksomhedLogin", status = 403, code = "4575")
    void setVirksomhedLogin_organisationOtherThanStar_returns403With4575(String client) {
        given().header("Authorization", bearer(token(client)))
                .header("x-requestId", UUID.randomUUID().toString())
                .put(PATH, LOGGED_IN)
                .then()
                .statusCode(403)
                .body("fejl", hasSize(1))
                .body("fejl[0].fejlkode", is(4575));
    }

    // GetVirksomhedLogins

    @Test
    @Covers(operation = "GetVirksomhedLogins", status = 200)
    void getVirksomhedLogins_companiesWithLogins_returns200OrderedByCvr() {
        company("00000019", "Først ApS");
        login("00000019", "2020-02-01T12:00:00Z", "2020-02-01T12:00:00Z");

        given().header("Authorization", bearer(token("akasse-demo")))
                .get(ALL)
                .then()
                .statusCode(200)
                .body("virksomhedLogins.cvrNummer", contains("00000019", OTHER_LOGGED_IN, LOGGED_IN))
                .body("virksomhedLogins[0].tidligsteLoginTidspunkt", is("2020-02-01T13:00:00+01:00"))
                .body("virksomhedLogins[2].senesteLoginTidspunkt", is("2026-06-20T13:45:00+02:00"));
    }

    @Test
    @Covers(operation = "GetVirksomhedLogins", status = 200)
    void getVirksomhedLogins_noLogins_returns200WithEmptyList() {
        dsl.deleteFrom(VIRKSOMHED_LOGIN).execute();

        given().header("Authorization", bearer(token("star-system")))
                .get(ALL)
                .then()
                .statusCode(200)
                .body("virksomhedLogins", empty());
    }

    @Test
    @Covers(operation = "GetVirksomhedLogins", status = 401, code = "1012")
    void getVirksomhedLogins_noToken_returns401With1012() {
        given().get(ALL).then().statusCode(401).body("fejl[0].fejlkode", is(1012));
    }

    @Test
    @Covers(operation = "GetVirksomhedLogins", status = 403, code = "4575")
    void getVirksomhedLogins_kommune_returns403With4575() {
        given().header("Authorization", bearer(token("kommune-demo")))
                .get(ALL)
                .then()
                .statusCode(403)
                .body("fejl[0].fejlkode", is(4575));
    }

    // Requests refused before the operation runs (issue 9): STAR's error structure, documented statuses

    /** A valid token of the same issuer without STAR's claims (a Maskinporten-style vendor token). */
    @Test
    @Covers(operation = "GetVirksomhedLogin", status = 403, code = "4575")
    @Covers(operation = "SetVirksomhedLogin", status = 403, code = "4575")
    @Covers(operation = "GetVirksomhedLogins", status = 403, code = "4575")
    void everyOperation_tokenWithoutOrganisationClaims_returns403With4575() {
        String vendor = bearer(token("vendor-991825827", "altinn:authentication/systemregister.write"));
        for (Response response : List.of(
                given().header("Authorization", vendor).get(PATH, LOGGED_IN),
                given().header("Authorization", vendor)
                        .header("x-requestId", UUID.randomUUID().toString())
                        .put(PATH, NEVER_LOGGED_IN),
                given().header("Authorization", vendor).get(ALL))) {
            response.then()
                    .statusCode(403)
                    .body("fejl", hasSize(1))
                    .body("fejl[0].fejlkode", is(4575))
                    .body("fejl[0].fejltekst", is("You are not authorized"));
        }
        assertThat(dsl.fetchCount(VIRKSOMHED_LOGIN, VIRKSOMHED_LOGIN.CVR_NUMMER.eq(NEVER_LOGGED_IN)))
                .isZero();
    }

    @Test
    @Covers(operation = "GetVirksomhedLogin", status = 406)
    @Covers(operation = "SetVirksomhedLogin", status = 406)
    @Covers(operation = "GetVirksomhedLogins", status = 406)
    void everyOperation_acceptWithoutJson_returns406InStarsStructureAndChangesNothing() {
        String requestId = UUID.randomUUID().toString();
        for (String accept : EdgeRequests.NO_JSON) {
            for (Response response : List.of(
                    given().header("Authorization", bearer(token("star-system")))
                            .accept(accept)
                            .get(PATH, LOGGED_IN),
                    given().header("Authorization", bearer(token("star-system", WRITE_SCOPE)))
                            .header("x-requestId", requestId)
                            .accept(accept)
                            .put(PATH, NEVER_LOGGED_IN),
                    given().header("Authorization", bearer(token("star-system")))
                            .accept(accept)
                            .get(ALL))) {
                response.then()
                        .statusCode(406)
                        .contentType("application/json")
                        .body("fejl", hasSize(1))
                        .body("fejl[0].fejltekst", is("Not Acceptable"))
                        .body("fejl[0]", not(hasKey("fejlkode")));
            }
        }
        assertThat(dsl.fetchCount(VIRKSOMHED_LOGIN, VIRKSOMHED_LOGIN.CVR_NUMMER.eq(NEVER_LOGGED_IN)))
                .isZero();
        setLogin(NEVER_LOGGED_IN, requestId).then().statusCode(200);
    }

    /** JSON has no charset parameter (RFC 8259): such an Accept is answered in UTF-8 JSON. */
    @Test
    @Covers(operation = "GetVirksomhedLogin", status = 200)
    @Covers(operation = "GetVirksomhedLogins", status = 200)
    void getOperations_acceptJsonWithAnotherCharset_returns200InJson() {
        given().header("Authorization", bearer(token("akasse-demo")))
                .accept(EdgeRequests.JSON_IN_UTF16)
                .get(PATH, LOGGED_IN)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("virksomhedLogin.cvrNummer", is(LOGGED_IN));
        given().header("Authorization", bearer(token("akasse-demo")))
                .accept(EdgeRequests.JSON_IN_UTF16)
                .get(ALL)
                .then()
                .statusCode(200)
                .body("virksomhedLogins", hasSize(2));
    }

    @Test
    @Covers(operation = "GetVirksomhedLogin", status = 431)
    @Covers(operation = "SetVirksomhedLogin", status = 431)
    @Covers(operation = "GetVirksomhedLogins", status = 431)
    void everyOperation_headerFieldsOverTheLimit_returns431InStarsStructure() {
        for (Response response : List.of(
                given().headers(EdgeRequests.OVERSIZED_HEADER).get(PATH, LOGGED_IN),
                given().headers(EdgeRequests.OVERSIZED_HEADER)
                        .header("Authorization", bearer(token("star-system", WRITE_SCOPE)))
                        .header("x-requestId", UUID.randomUUID().toString())
                        .put(PATH, NEVER_LOGGED_IN),
                given().headers(EdgeRequests.OVERSIZED_HEADER).get(ALL))) {
            response.then()
                    .statusCode(431)
                    .contentType("application/json")
                    .body("fejl[0].fejltekst", is("Request Header Fields Too Large"));
        }
        assertThat(dsl.fetchCount(VIRKSOMHED_LOGIN, VIRKSOMHED_LOGIN.CVR_NUMMER.eq(NEVER_LOGGED_IN)))
                .isZero();
    }

    /** Bytes 0x80–0x9F in x-requestId (an emoji, a fullwidth digit): refused as the element it is, not a 500. */
    @Test
    @Covers(operation = "SetVirksomhedLogin", status = 400, code = "1014")
    void setVirksomhedLogin_requestIdWithControlBytes_returns400With1014AndChangesNothing() {
        for (byte[] value : EdgeRequests.CONTROL_BYTES) {
            Answer answer = RawExchanges.send(RawRequest.of("PUT", "/star/v1/VirksomhedLogin/" + NEVER_LOGGED_IN)
                    .with("Authorization", bearer(token("star-system", WRITE_SCOPE)))
                    .with(new RawRequest.Header("x-requestId", value)));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(JsonPath.from(answer.body()).getInt("fejl[0].fejlkode")).isEqualTo(1014);
            assertThat(JsonPath.from(answer.body()).getString("fejl[0].felt")).isEqualTo("x-requestId");
        }
        assertThat(dsl.fetchCount(VIRKSOMHED_LOGIN, VIRKSOMHED_LOGIN.CVR_NUMMER.eq(NEVER_LOGGED_IN)))
                .isZero();
    }

    /** An Authorization header the firewall refuses: the request cannot be read (400), no token is looked at. */
    @Test
    @Covers(operation = "GetVirksomhedLogins", status = 400, code = "1014")
    void getVirksomhedLogins_authorizationWithControlBytes_returns400With1014() {
        for (byte[] value : EdgeRequests.CONTROL_BYTES) {
            Answer answer =
                    RawExchanges.send(RawRequest.of("GET", ALL).with(new RawRequest.Header("Authorization", value)));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(JsonPath.from(answer.body()).getInt("fejl[0].fejlkode")).isEqualTo(1014);
            assertThat(JsonPath.from(answer.body()).getString("fejl[0].felt")).isEqualTo("Authorization");
        }
    }

    /** Escapes Tomcat or the firewall refuses, in the CVR number: STAR's 400, not an HTML or Spring page. */
    @Test
    @Covers(operation = "GetVirksomhedLogin", status = 400, code = "1014")
    void getVirksomhedLogin_refusedEscapeInThePath_returns400With1014() {
        for (String escape : EdgeRequests.REFUSED_ESCAPES) {
            Answer answer = RawExchanges.send(RawRequest.of("GET", "/star/v1/VirksomhedLogin/1234" + escape + "78")
                    .with("Authorization", bearer(token("star-system"))));
            assertThat(answer.status()).as(escape).isEqualTo(400);
            assertThat(answer.contentType()).as(escape).startsWith("application/json");
            assertThat(JsonPath.from(answer.body()).getInt("fejl[0].fejlkode")).isEqualTo(1014);
        }
    }

    /** Paths and methods that are no operation, under STAR's base path: still STAR's error structure. */
    @Test
    void noSuchRouteOrMethod_returns404Or405InStarsStructure() {
        given().header("Authorization", bearer(token("star-system")))
                .get("/star/v1/VirksomhedLogin/{cvr}/ukendt", LOGGED_IN)
                .then()
                .statusCode(404)
                .body("fejl[0].fejltekst", is("Not Found"));
        given().header("Authorization", bearer(token("star-system")))
                .delete(PATH, LOGGED_IN)
                .then()
                .statusCode(405)
                .header("Allow", containsString("GET"))
                .body("fejl[0].fejltekst", is("Method Not Allowed"));
        given().header("Authorization", bearer(token("star-system")))
                .get("/star/v1;x=1/VirksomhedLogin")
                .then()
                .statusCode(400)
                .body("fejl[0].fejlkode", is(1014));
    }

    private Response setLogin(String cvr, String requestId) {
        return given().header("Authorization", bearer(token("star-system", WRITE_SCOPE)))
                .header("x-requestId", requestId)
                .put(PATH, cvr);
    }

    private void company(String cvr, String navn) {
        dsl.insertInto(VIRKSOMHED)
                .set(VIRKSOMHED.CVR_NUMMER, cvr)
                .set(VIRKSOMHED.NAVN, navn)
                .execute();
    }

    private void login(String cvr, String tidligste, String seneste) {
        dsl.insertInto(VIRKSOMHED_LOGIN)
                .set(VIRKSOMHED_LOGIN.CVR_NUMMER, cvr)
                .set(VIRKSOMHED_LOGIN.TIDLIGSTE_LOGIN_TIDSPUNKT, OffsetDateTime.parse(tidligste))
                .set(VIRKSOMHED_LOGIN.SENESTE_LOGIN_TIDSPUNKT, OffsetDateTime.parse(seneste))
                .execute();
    }

    private VirksomhedLogin stored(String cvr) {
        return dsl.select(
                        VIRKSOMHED_LOGIN.CVR_NUMMER,
                        VIRKSOMHED_LOGIN.TIDLIGSTE_LOGIN_TIDSPUNKT,
                        VIRKSOMHED_LOGIN.SENESTE_LOGIN_TIDSPUNKT)
                .from(VIRKSOMHED_LOGIN)
                .where(VIRKSOMHED_LOGIN.CVR_NUMMER.eq(cvr))
                .fetchSingle(org.jooq.Records.mapping(VirksomhedLogin::new));
    }

    private static JwtClaimsSet claims(Instant issuedAt, String issuer) {
        return JwtClaimsSet.builder()
                .issuer(issuer)
                .subject("star-system")
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(1, ChronoUnit.HOURS))
                .claim("organisationType", "STAR")
                .claim("organisationCode", "STAR")
                .build();
    }

    /** A token refused: 401 with Fejlkode 1012 in STAR's error structure. */
    private static void refusedWith1012(String token) {
        given().header("Authorization", bearer(token))
                .get(PATH, LOGGED_IN)
                .then()
                .statusCode(401)
                .body("fejl[0].fejlkode", is(1012));
    }

    private String mint(JwtClaimsSet claims) {
        return new NimbusJwtEncoder(signingKeys)
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }
}
