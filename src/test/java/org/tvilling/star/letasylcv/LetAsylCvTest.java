package org.tvilling.star.letasylcv;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.tvilling.db.star.Tables.LETASYL_FAGLIG_PROFIL;
import static org.tvilling.db.star.Tables.LETASYL_OVERFOERSEL;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.Record2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.skyscreamer.jsonassert.JSONAssert;
import org.skyscreamer.jsonassert.JSONCompareMode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.tvilling.ApiTest;
import org.tvilling.EdgeRequests;
import org.tvilling.contract.Answer;
import org.tvilling.contract.Covers;
import org.tvilling.contract.RawExchanges;
import org.tvilling.contract.fuzz.RawRequest;
import org.tvilling.star.letasylcv.generated.model.GetLetAsylCvResponseDto;
import tools.jackson.databind.json.JsonMapper;

/** LetAsylCv: GetLetAsylCv, OverfoerLetAsylCv, GetLetAsylCvPdf. */
@ExtendWith(OutputCaptureExtension.class)
class LetAsylCvTest extends ApiTest {

    private static final String CV = "/star/v1/LetAsylCv";
    private static final String TRANSFER = "/star/v1/LetAsylCv/action/transfer";
    private static final String PDF = "/star/v1/LetAsylCv/pdf";
    private static final String CPR = "x-civilRegistrationIdentifier";

    private static final String FULD = "1506881234";
    private static final String MINIMAL = "2902952345";
    private static final String UDEN_CV = "0404904567";

    @Autowired
    private JsonMapper json;

    private GetLetAsylCvResponseDto fuld;

    @BeforeEach
    void cvs() {
        LetAsylCvFixtures.deleteAll(dsl);
        fuld = LetAsylCvFixtures.fuldt(FULD, "Søren Amal", "Ærøskøbing-Ågård");
        LetAsylCvFixtures.insert(dsl, FULD, fuld);
        LetAsylCvFixtures.insert(dsl, MINIMAL, LetAsylCvFixtures.minimalt());
    }

    // GetLetAsylCv

    @Test
    @Covers(operation = "GetLetAsylCv", status = 200)
    void getLetAsylCv_fullCv_returns200WithTheWholeDocumentFieldByField() throws Exception {
        String body =
                get(CV, FULD, "jobcenter-101").then().statusCode(200).extract().asString();

        JSONAssert.assertEquals(json.writeValueAsString(fuld), body, JSONCompareMode.STRICT);
        JsonPath document = JsonPath.from(body);
        assertThat(document.getString("cvProfilstruktur.navnestruktur.efternavn"))
                .isEqualTo("Ærøskøbing-Ågård");
        assertThat(document.getString("cvStatusstruktur.haendelsestidspunkt")).isEqualTo("2026-01-20T10:00:00+01:00");
        assertThat(document.getString("frivilligtArbejdestruktur.frivilligtArbejdeSamling[0].sluttidspunkt"))
                .isEqualTo("2024-08-31T16:15:00+02:00");
    }

    @Test
    @Covers(operation = "GetLetAsylCv", status = 200)
    void getLetAsylCv_minimalCv_returns200WithoutTheOptionalStructures() {
        get(CV, MINIMAL, "star-system")
                .then()
                .statusCode(200)
                .body("$", not(hasKey("cvProfilstruktur")))
                .body("$", not(hasKey("kursusstruktur")))
                .body("$", not(hasKey("joboenskestruktur")))
                .body("$", not(hasKey("uddannelsesstruktur")))
                .body("$", not(hasKey("sprogstruktur")))
                .body("$", not(hasKey("certificeringsstruktur")))
                .body("$", not(hasKey("cvReferencestruktur")))
                .body("$", not(hasKey("frivilligtArbejdestruktur")))
                .body("$", not(hasKey("kompetencestruktur")))
                .body("$", not(hasKey("tidligereArbejdserfaringsstruktur")))
                .body("koerekortstruktur.koerekortssamling", empty())
                .body("koerekortstruktur", not(hasKey("koerekortsInfo")))
                .body("andenErfaringstruktur.beskrivelse", is("Ingen."))
                .body("fagligProfilstruktur.fagligProfil", is("Ufaglært."))
                .body("cvStatusstruktur.cvStatusType", is("KlarTilKvalitetssikring"));
    }

    @Test
    @Covers(operation = "GetLetAsylCv", status = 200)
    void getLetAsylCv_anyCv_readsTheWholeDocumentInOneStatement() {
        statements.reset();
        get(CV, FULD, "jobcenter-101").then().statusCode(200);
        assertThat(statements.executed()).isEqualTo(1);
    }

    @Test
    @Covers(operation = "GetLetAsylCv", status = 404, code = "1010")
    void getLetAsylCv_citizenWithoutCv_returns404With1010() {
        get(CV, UDEN_CV, "jobcenter-101")
                .then()
                .statusCode(404)
                .body("fejl", hasSize(1))
                .body("fejl[0].fejlkode", is(1010))
                .body("fejl[0].fejltekst", is("Unknown cpr"));
    }

    /** The documented pattern allows 0000000000 ("required but unknown"): it is valid, and no one's CV. */
    @Test
    @Covers(operation = "GetLetAsylCv", status = 404, code = "1010")
    void getLetAsylCv_unknownCprPlaceholder_returns404With1010() {
        get(CV, "0000000000", "star-system").then().statusCode(404).body("fejl[0].fejlkode", is(1010));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"3201901234", "3002901234", "3104901234", "0113901234", "010190123", "01019012345", "01019o1234"
            })
    @Covers(operation = "GetLetAsylCv", status = 400, code = "1001")
    void getLetAsylCv_cprBreaksPattern_returns400With1001(String cpr) {
        get(CV, cpr, "jobcenter-101")
                .then()
                .statusCode(400)
                .body("fejl", hasSize(1))
                .body("fejl[0].fejlkode", is(1001))
                .body("fejl[0].fejltekst", is("Invalid cpr"))
                .body("fejl[0].felt", is(CPR));
    }

    @Test
    @Covers(operation = "GetLetAsylCv", status = 400, code = "1001")
    void getLetAsylCv_noCpr_returns400With1001() {
        given().header("Authorization", bearer(token("jobcenter-101")))
                .get(CV)
                .then()
                .statusCode(400)
                .body("fejl[0].fejlkode", is(1001))
                .body("fejl[0].felt", is(CPR));
    }

    @Test
    @Covers(operation = "GetLetAsylCv", status = 401, code = "1012")
    void getLetAsylCv_noToken_returns401With1012() {
        given().header(CPR, FULD)
                .get(CV)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("fejl[0].fejlkode", is(1012));
    }

    @ParameterizedTest
    @ValueSource(strings = {"akasse-demo", "kommune-demo"})
    @Covers(operation = "GetLetAsylCv", status = 403, code = "4575")
    void getLetAsylCv_organisationOtherThanJobCenterOrStar_returns403With4575(String client) {
        get(CV, FULD, client).then().statusCode(403).body("fejl", hasSize(1)).body("fejl[0].fejlkode", is(4575));
    }

    /** The README's demo citizens, loaded as local mode loads them, are documents the contract accepts. */
    @ParameterizedTest
    @ValueSource(strings = {"0101901234", "0202902345", "0303903456"})
    @Covers(operation = "GetLetAsylCv", status = 200)
    void getLetAsylCv_demoCitizen_returns200WithADocumentTheContractAccepts(String cpr) throws Exception {
        dsl.execute(Files.readString(Path.of("db/demo/R__star_letasylcv.sql")));

        get(CV, cpr, "jobcenter-101")
                .then()
                .statusCode(200)
                .body("fagligProfilstruktur.fagligProfil", not(emptyOrNullString()));
    }

    // OverfoerLetAsylCv

    @Test
    @Covers(operation = "OverfoerLetAsylCv", status = 200)
    void overfoerLetAsylCv_cv_returns200AndStoresTheDocumentAsTheSnapshot() throws Exception {
        OffsetDateTime before = OffsetDateTime.now().minusSeconds(1);

        transfer(FULD, UUID.randomUUID().toString()).then().statusCode(200).body(is(""));

        var stored = snapshot(FULD);
        assertThat(stored.value1()).isAfter(before);
        JSONAssert.assertEquals(json.writeValueAsString(fuld), stored.value2(), JSONCompareMode.STRICT);
    }

    @Test
    @Covers(operation = "OverfoerLetAsylCv", status = 200)
    void overfoerLetAsylCv_againWithANewRequestId_returns200AndReplacesTheSnapshot() {
        transfer(FULD, UUID.randomUUID().toString()).then().statusCode(200);
        dsl.update(LETASYL_FAGLIG_PROFIL)
                .set(LETASYL_FAGLIG_PROFIL.FAGLIG_PROFIL, "Nu også uddannet tømrer.")
                .where(LETASYL_FAGLIG_PROFIL.CPR.eq(FULD))
                .execute();

        transfer(FULD, UUID.randomUUID().toString()).then().statusCode(200);

        assertThat(snapshot(FULD).value2()).contains("Nu også uddannet tømrer.");
        assertThat(dsl.fetchCount(LETASYL_OVERFOERSEL, LETASYL_OVERFOERSEL.CPR.eq(FULD)))
                .isOne();
    }

    @Test
    @Covers(operation = "OverfoerLetAsylCv", status = 412)
    void overfoerLetAsylCv_repeatedRequestId_returns412AndKeepsTheSnapshot() {
        String requestId = UUID.randomUUID().toString();
        transfer(FULD, requestId).then().statusCode(200);
        var first = snapshot(FULD);
        dsl.update(LETASYL_FAGLIG_PROFIL)
                .set(LETASYL_FAGLIG_PROFIL.FAGLIG_PROFIL, "Ændret efter overførslen.")
                .where(LETASYL_FAGLIG_PROFIL.CPR.eq(FULD))
                .execute();

        transfer(FULD, requestId)
                .then()
                .statusCode(412)
                .body("fejl", hasSize(1))
                .body("fejl[0].fejlkode", nullValue())
                .body("fejl[0].felt", is("x-requestId"));

        assertThat(snapshot(FULD)).isEqualTo(first);
    }

    @Test
    @Covers(operation = "OverfoerLetAsylCv", status = 200)
    @Covers(operation = "OverfoerLetAsylCv", status = 412)
    void overfoerLetAsylCv_oneRequestIdSentConcurrently_returns200ExactlyOnce() throws Exception {
        String requestId = UUID.randomUUID().toString();
        String token = token("jobcenter-101");
        int callers = 12;
        List<Integer> results = concurrently(
                callers,
                () -> given().header("Authorization", bearer(token))
                        .header(CPR, FULD)
                        .header("x-requestId", requestId)
                        .post(TRANSFER)
                        .statusCode());
        assertThat(results).filteredOn(status -> status == 200).hasSize(1);
        assertThat(results).filteredOn(status -> status == 412).hasSize(callers - 1);
    }

    @Test
    @Covers(operation = "OverfoerLetAsylCv", status = 404, code = "1010")
    void overfoerLetAsylCv_citizenWithoutCv_returns404With1010AndLeavesTheRequestIdUnused() {
        String requestId = UUID.randomUUID().toString();
        transfer(UDEN_CV, requestId).then().statusCode(404).body("fejl[0].fejlkode", is(1010));

        LetAsylCvFixtures.insert(dsl, UDEN_CV, LetAsylCvFixtures.minimalt());
        transfer(UDEN_CV, requestId).then().statusCode(200);
    }

    @Test
    @Covers(operation = "OverfoerLetAsylCv", status = 400, code = "1014")
    void overfoerLetAsylCv_missingRequestId_returns400With1014() {
        given().header("Authorization", bearer(token("star-system")))
                .header(CPR, FULD)
                .post(TRANSFER)
                .then()
                .statusCode(400)
                .body("fejl", hasSize(1))
                .body("fejl[0].fejlkode", is(1014))
                .body("fejl[0].felt", is("x-requestId"));
    }

    @Test
    @Covers(operation = "OverfoerLetAsylCv", status = 400, code = "1014")
    void overfoerLetAsylCv_requestIdLongerThan46_returns400With1014AndStoresNothing() {
        transfer(FULD, "r".repeat(47)).then().statusCode(400).body("fejl[0].felt", is("x-requestId"));
        assertThat(dsl.fetchCount(LETASYL_OVERFOERSEL)).isZero();
    }

    @Test
    @Covers(operation = "OverfoerLetAsylCv", status = 400, code = "1001")
    @Covers(operation = "OverfoerLetAsylCv", status = 400, code = "1014")
    void overfoerLetAsylCv_invalidCprAndNoRequestId_returns400ListingBoth() {
        given().header("Authorization", bearer(token("star-system")))
                .header(CPR, "3201901234")
                .post(TRANSFER)
                .then()
                .statusCode(400)
                .body("fejl.felt", containsInAnyOrder(CPR, "x-requestId"))
                .body("fejl.fejlkode", containsInAnyOrder(1001, 1014));
    }

    @Test
    @Covers(operation = "OverfoerLetAsylCv", status = 401, code = "1012")
    void overfoerLetAsylCv_noToken_returns401With1012() {
        given().header(CPR, FULD)
                .header("x-requestId", UUID.randomUUID().toString())
                .post(TRANSFER)
                .then()
                .statusCode(401)
                .body("fejl[0].fejlkode", is(1012));
    }

    @Test
    @Covers(operation = "OverfoerLetAsylCv", status = 403, code = "4575")
    void overfoerLetAsylCv_aKasse_returns403With4575AndStoresNothing() {
        given().header("Authorization", bearer(token("akasse-demo")))
                .header(CPR, FULD)
                .header("x-requestId", UUID.randomUUID().toString())
                .post(TRANSFER)
                .then()
                .statusCode(403)
                .body("fejl[0].fejlkode", is(4575));
        assertThat(dsl.fetchCount(LETASYL_OVERFOERSEL)).isZero();
    }

    // GetLetAsylCvPdf

    @Test
    @Covers(operation = "GetLetAsylCvPdf", status = 200)
    void getLetAsylCvPdf_fullCv_returns200WithAReadablePdfAndTheJobcenter() throws Exception {
        Response response = get(PDF, FULD, "jobcenter-101");
        response.then().statusCode(200).body("letAsylCvSomPdf.jobcenterstruktur.jobcenterId", is(101));

        byte[] pdf = Base64.getDecoder()
                .decode(response.path("letAsylCvSomPdf.pdfData").toString());
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text)
                    .contains("Søren Amal")
                    .contains("Ærøskøbing-Ågård")
                    .contains("Danskuddannelse 2")
                    .contains("Førstehjælp");
        }
    }

    @Test
    @Covers(operation = "GetLetAsylCvPdf", status = 200)
    void getLetAsylCvPdf_minimalCv_returns200WithoutJobcenter() throws Exception {
        Response response = get(PDF, MINIMAL, "star-system");
        response.then().statusCode(200).body("letAsylCvSomPdf", not(hasKey("jobcenterstruktur")));
        byte[] pdf = Base64.getDecoder()
                .decode(response.path("letAsylCvSomPdf.pdfData").toString());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Ufaglært.");
        }
    }

    @Test
    @Covers(operation = "GetLetAsylCvPdf", status = 404, code = "1010")
    void getLetAsylCvPdf_citizenWithoutCv_returns404With1010() {
        get(PDF, UDEN_CV, "jobcenter-101").then().statusCode(404).body("fejl[0].fejlkode", is(1010));
    }

    @Test
    @Covers(operation = "GetLetAsylCvPdf", status = 400, code = "1001")
    void getLetAsylCvPdf_invalidCpr_returns400With1001() {
        get(PDF, "12345", "jobcenter-101")
                .then()
                .statusCode(400)
                .body("fejl[0].fejlkode", is(1001))
                .body("fejl[0].felt", is(CPR));
    }

    @Test
    @Covers(operation = "GetLetAsylCvPdf", status = 401, code = "1012")
    void getLetAsylCvPdf_noToken_returns401With1012() {
        given().header(CPR, FULD).get(PDF).then().statusCode(401).body("fejl[0].fejlkode", is(1012));
    }

    @Test
    @Covers(operation = "GetLetAsylCvPdf", status = 403, code = "4575")
    void getLetAsylCvPdf_kommune_returns403With4575() {
        get(PDF, FULD, "kommune-demo").then().statusCode(403).body("fejl[0].fejlkode", is(4575));
    }

    // Requests refused before the operation runs (issue 9): STAR's error structure, documented statuses

    @Test
    @Covers(operation = "GetLetAsylCv", status = 403, code = "4575")
    @Covers(operation = "OverfoerLetAsylCv", status = 403, code = "4575")
    @Covers(operation = "GetLetAsylCvPdf", status = 403, code = "4575")
    void everyOperation_tokenWithoutOrganisationClaims_returns403With4575AndStoresNothing() {
        String vendor = token("vendor-991825827", "altinn:authentication/systemregister.write");
        for (Response response : List.of(
                given().header("Authorization", bearer(vendor))
                        .header(CPR, FULD)
                        .get(CV),
                given().header("Authorization", bearer(vendor))
                        .header(CPR, FULD)
                        .header("x-requestId", UUID.randomUUID().toString())
                        .post(TRANSFER),
                given().header("Authorization", bearer(vendor))
                        .header(CPR, FULD)
                        .get(PDF))) {
            response.then().statusCode(403).body("fejl[0].fejlkode", is(4575));
        }
        assertThat(dsl.fetchCount(LETASYL_OVERFOERSEL)).isZero();
    }

    @Test
    @Covers(operation = "GetLetAsylCv", status = 406)
    @Covers(operation = "OverfoerLetAsylCv", status = 406)
    @Covers(operation = "GetLetAsylCvPdf", status = 406)
    void everyOperation_acceptWithoutJson_returns406AndStoresNothing() {
        String requestId = UUID.randomUUID().toString();
        for (String accept : EdgeRequests.NO_JSON) {
            for (Response response : List.of(
                    given().header("Authorization", bearer(token("jobcenter-101")))
                            .header(CPR, FULD)
                            .accept(accept)
                            .get(CV),
                    given().header("Authorization", bearer(token("jobcenter-101")))
                            .header(CPR, FULD)
                            .header("x-requestId", requestId)
                            .accept(accept)
                            .post(TRANSFER),
                    given().header("Authorization", bearer(token("jobcenter-101")))
                            .header(CPR, FULD)
                            .accept(accept)
                            .get(PDF))) {
                response.then()
                        .statusCode(406)
                        .contentType("application/json")
                        .body("fejl[0].fejltekst", is("Not Acceptable"));
            }
        }
        assertThat(dsl.fetchCount(LETASYL_OVERFOERSEL)).isZero();
        transfer(FULD, requestId).then().statusCode(200);
    }

    /** JSON has no charset parameter (RFC 8259): such an Accept is answered in UTF-8 JSON, not a 500. */
    @Test
    @Covers(operation = "GetLetAsylCv", status = 200)
    @Covers(operation = "GetLetAsylCvPdf", status = 200)
    void getOperations_acceptJsonWithAnotherCharset_returns200InJson() {
        for (String path : List.of(CV, PDF)) {
            given().header("Authorization", bearer(token("jobcenter-101")))
                    .header(CPR, MINIMAL)
                    .accept(EdgeRequests.JSON_IN_UTF16)
                    .get(path)
                    .then()
                    .statusCode(200)
                    .contentType("application/json");
        }
    }

    @Test
    @Covers(operation = "GetLetAsylCv", status = 431)
    @Covers(operation = "OverfoerLetAsylCv", status = 431)
    @Covers(operation = "GetLetAsylCvPdf", status = 431)
    void everyOperation_headerFieldsOverTheLimit_returns431AndStoresNothing() {
        for (Response response : List.of(
                given().headers(EdgeRequests.OVERSIZED_HEADER).header(CPR, FULD).get(CV),
                given().headers(EdgeRequests.OVERSIZED_HEADER)
                        .header("Authorization", bearer(token("jobcenter-101")))
                        .header(CPR, FULD)
                        .header("x-requestId", UUID.randomUUID().toString())
                        .post(TRANSFER),
                given().headers(EdgeRequests.OVERSIZED_HEADER).header(CPR, FULD).get(PDF))) {
            response.then()
                    .statusCode(431)
                    .contentType("application/json")
                    .body("fejl[0].fejltekst", is("Request Header Fields Too Large"));
        }
        assertThat(dsl.fetchCount(LETASYL_OVERFOERSEL)).isZero();
    }

    /** Bytes 0x80–0x9F in x-requestId (an emoji, a fullwidth digit): the element's 400, not a 500. */
    @Test
    @Covers(operation = "OverfoerLetAsylCv", status = 400, code = "1014")
    void overfoerLetAsylCv_requestIdWithControlBytes_returns400With1014AndStoresNothing() {
        for (byte[] value : EdgeRequests.CONTROL_BYTES) {
            Answer answer = RawExchanges.send(RawRequest.of("POST", TRANSFER)
                    .with("Authorization", bearer(token("jobcenter-101")))
                    .with(CPR, FULD)
                    .with(new RawRequest.Header("x-requestId", value)));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(JsonPath.from(answer.body()).getInt("fejl[0].fejlkode")).isEqualTo(1014);
            assertThat(JsonPath.from(answer.body()).getString("fejl[0].felt")).isEqualTo("x-requestId");
        }
        assertThat(dsl.fetchCount(LETASYL_OVERFOERSEL)).isZero();
    }

    /**
     * Header values the firewall refuses: the CPR header is 1001 (also with a valid number before the control
     * byte, which is never written to the log), any other header 1014, named in {@code felt}.
     */
    @Test
    @Covers(operation = "GetLetAsylCv", status = 400, code = "1001")
    @Covers(operation = "GetLetAsylCv", status = 400, code = "1014")
    @Covers(operation = "GetLetAsylCvPdf", status = 400, code = "1001")
    @Covers(operation = "GetLetAsylCvPdf", status = 400, code = "1014")
    void getOperations_headerWithControlBytes_returns400NamingIt(CapturedOutput output) {
        byte[] cprAndNel = (FULD + "\u0085").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String path : List.of(CV, PDF)) {
            for (byte[] value : List.of(EdgeRequests.CONTROL_BYTES.getFirst(), cprAndNel)) {
                Answer answer = RawExchanges.send(RawRequest.of("GET", path)
                        .with("Authorization", bearer(token("jobcenter-101")))
                        .with(new RawRequest.Header(CPR, value)));
                assertThat(answer.status()).isEqualTo(400);
                assertThat(JsonPath.from(answer.body()).getInt("fejl[0].fejlkode"))
                        .isEqualTo(1001);
                assertThat(JsonPath.from(answer.body()).getString("fejl[0].felt"))
                        .isEqualTo(CPR);
            }
            Answer answer = RawExchanges.send(RawRequest.of("GET", path)
                    .with(new RawRequest.Header("Authorization", EdgeRequests.CONTROL_BYTES.getLast()))
                    .with(CPR, FULD));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(JsonPath.from(answer.body()).getInt("fejl[0].fejlkode")).isEqualTo(1014);
        }
        assertThat(output.getAll()).doesNotContain(FULD);
    }

    // Personal data

    @Test
    void everyOperation_anyOutcome_neverWritesTheCprToTheLog(CapturedOutput output) {
        get(CV, FULD, "jobcenter-101").then().statusCode(200);
        get(PDF, FULD, "jobcenter-101").then().statusCode(200);
        transfer(FULD, UUID.randomUUID().toString()).then().statusCode(200);
        get(CV, UDEN_CV, "jobcenter-101").then().statusCode(404);
        get(CV, "3201901234", "jobcenter-101").then().statusCode(400);
        get(CV, FULD, "kommune-demo").then().statusCode(403);

        assertThat(output.getAll()).doesNotContain(FULD).doesNotContain(UDEN_CV).doesNotContain("3201901234");
    }

    private static Response get(String path, String cpr, String client) {
        return given().header("Authorization", bearer(token(client)))
                .header(CPR, cpr)
                .get(path);
    }

    private static Response transfer(String cpr, String requestId) {
        return given().header("Authorization", bearer(token("jobcenter-101")))
                .header(CPR, cpr)
                .header("x-requestId", requestId)
                .post(TRANSFER);
    }

    private Record2<OffsetDateTime, String> snapshot(String cpr) {
        return dsl.select(LETASYL_OVERFOERSEL.OVERFOERT_TIDSPUNKT, LETASYL_OVERFOERSEL.CV_SNAPSHOT.cast(String.class))
                .from(LETASYL_OVERFOERSEL)
                .where(LETASYL_OVERFOERSEL.CPR.eq(cpr))
                .fetchSingle();
    }
}
