package org.tvilling.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sensor itself: the contract check the whole suite relies on does reject what breaks a contract. */
class ContractFilterTest {

    private static final String PATH = "/star/v1/VirksomhedLogin/12345678";

    @Test
    void aDocumentedResponseInItsDocumentedShapePasses() {
        var response = SimpleResponse.Builder.ok()
                .withContentType("application/json")
                .withBody("{\"virksomhedLogin\":{\"cvrNummer\":\"12345678\","
                        + "\"senesteLoginTidspunkt\":\"2026-01-01T10:00:00+01:00\","
                        + "\"tidligsteLoginTidspunkt\":\"2025-01-01T10:00:00+01:00\"}}")
                .build();
        assertThat(report(response).hasErrors()).isFalse();
    }

    @Test
    void aMissingRequiredMemberFails() {
        var response = SimpleResponse.Builder.ok()
                .withContentType("application/json")
                .withBody("{\"virksomhedLogin\":{\"cvrNummer\":\"12345678\"}}")
                .build();
        assertThat(report(response).hasErrors()).isTrue();
    }

    @Test
    void onlyDocumentedStatusesAndTheUnexpected500AreDocumented() {
        Specs.DocumentedOperation operation = Specs.find("GET", PATH).orElseThrow();
        assertThat(operation.documents(404)).isTrue();
        assertThat(operation.documents(409)).isFalse();
        assertThat(operation.documents(412)).isFalse();
    }

    @Test
    void anErrorBodyOutsideTheErrorStructureFails() {
        var response = SimpleResponse.Builder.status(404)
                .withContentType("application/json")
                .withBody("{\"message\":\"not found\"}")
                .build();
        assertThat(report(response).hasErrors()).isTrue();
    }

    @Test
    void requestsAreMatchedToTheirDocumentedOperation() {
        assertThat(Specs.find("GET", PATH))
                .hasValueSatisfying(
                        operation -> assertThat(operation.operationId()).isEqualTo("GetVirksomhedLogin"));
        assertThat(Specs.find("GET", "/star/v1/VirksomhedLogin"))
                .hasValueSatisfying(
                        operation -> assertThat(operation.operationId()).isEqualTo("GetVirksomhedLogins"));
        assertThat(Specs.find("DELETE", PATH)).isEmpty();
    }

    @Test
    void anExchangeWithAnUndocumentedStatusBreaksTheContract() {
        var verdict = ContractCheck.check(
                        SimpleRequest.Builder.get(PATH).build(),
                        new Answer(409, Map.of("Content-Type", List.of("application/json")), "{\"fejl\":[]}"))
                .orElseThrow();
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.problems()).anySatisfy(problem -> assertThat(problem).contains("409"));
    }

    @Test
    void anExchangeInItsDocumentedShapePassesAndYieldsItsErrorCodes() {
        var verdict = ContractCheck.check(
                        SimpleRequest.Builder.get(PATH).build(),
                        new Answer(
                                404,
                                Map.of("content-type", List.of("application/json")),
                                "{\"fejl\":[{\"fejlkode\":120500,\"fejltekst\":\"Virksomheden blev ikke fundet.\"}]}"))
                .orElseThrow();
        assertThat(verdict.problems()).isEmpty();
        assertThat(verdict.operation().operationId()).isEqualTo("GetVirksomhedLogin");
        assertThat(verdict.codes()).containsExactly("120500");
    }

    @Test
    void anExchangeWithNoDocumentedOperationIsNotChecked() {
        assertThat(ContractCheck.check(SimpleRequest.Builder.delete(PATH).build(), new Answer(405, Map.of(), "")))
                .isEmpty();
    }

    // XML, which the validator itself skips (ContractFilter checks it through XmlBodies)

    private static final String LOGON = "/restapi/services/rest/api/v1/logon";
    private static final String LOGONAPP = "/restapi/services/rest/api/v1/logonapp";

    @Test
    void anXmlBodyInItsDocumentedShapePasses() {
        assertThat(xmlReport(
                                LOGON,
                                201,
                                "<?xml version='1.0' encoding='UTF-8'?><loggedOnEntry>"
                                        + "<token>6aa0f4c6-e9f6-46b7-ace4-985c215b7e06</token><client>001</client>"
                                        + "<localeString>deAT</localeString></loggedOnEntry>")
                        .getMessages())
                .isEmpty();
        assertThat(xmlReport(
                                LOGONAPP,
                                417,
                                "<loggedOnTenantEntry><valid>false</valid><possibleTenants>"
                                        + "<entries><description>A</description><cnr>001</cnr></entries>"
                                        + "<entries><description>B</description><cnr>002</cnr></entries>"
                                        + "</possibleTenants></loggedOnTenantEntry>")
                        .getMessages())
                .isEmpty();
    }

    @Test
    void anXmlBodyWithAnotherRootElementFails() {
        assertThat(xmlReport(
                                LOGON,
                                201,
                                "<LoggedOnEntry><token>6aa0f4c6-e9f6-46b7-ace4-985c215b7e06</token>"
                                        + "<client>001</client><localeString>deAT</localeString></LoggedOnEntry>")
                        .hasErrors())
                .isTrue();
    }

    @Test
    void anXmlBodyWithAnUndocumentedElementFails() {
        assertThat(xmlReport(
                                LOGON,
                                201,
                                "<loggedOnEntry><token>6aa0f4c6-e9f6-46b7-ace4-985c215b7e06</token>"
                                        + "<client>001</client><localeString>deAT</localeString><user>x</user>"
                                        + "</loggedOnEntry>")
                        .hasErrors())
                .isTrue();
    }

    @Test
    void anXmlBodyWithoutARequiredElementFails() {
        assertThat(xmlReport(
                                LOGON,
                                201,
                                "<loggedOnEntry><client>001</client><localeString>deAT</localeString>"
                                        + "</loggedOnEntry>")
                        .hasErrors())
                .isTrue();
    }

    @Test
    void anXmlLeafOfTheWrongTypeFails() {
        assertThat(xmlReport(LOGONAPP, 404, "<loggedOnTenantEntry><valid>nein</valid></loggedOnTenantEntry>")
                        .hasErrors())
                .isTrue();
    }

    @Test
    void anXmlListWrappedAgainstItsDescriptionFails() {
        assertThat(xmlReport(
                                LOGONAPP,
                                417,
                                "<loggedOnTenantEntry><valid>false</valid><possibleTenants><entries>"
                                        + "<entries><description>A</description><cnr>001</cnr></entries>"
                                        + "<entries><description>B</description><cnr>002</cnr></entries>"
                                        + "</entries></possibleTenants></loggedOnTenantEntry>")
                        .hasErrors())
                .isTrue();
    }

    @Test
    void malformedXmlFails() {
        assertThat(xmlReport(LOGONAPP, 404, "<loggedOnTenantEntry><valid>false</valid>")
                        .hasErrors())
                .isTrue();
    }

    private static com.atlassian.oai.validator.report.ValidationReport xmlReport(String path, int status, String xml) {
        Specs.DocumentedOperation operation = Specs.find("POST", path).orElseThrow();
        return ContractCheck.xmlReport(
                operation.spec(),
                xml,
                XmlBodies.responseSchema(operation, status).orElseThrow(),
                "response.body");
    }

    private static com.atlassian.oai.validator.report.ValidationReport report(SimpleResponse response) {
        Specs.Spec spec = Specs.find("GET", PATH).orElseThrow().spec();
        return ContractCheck.validator(spec).validateResponse(PATH, Request.Method.GET, response);
    }
}
