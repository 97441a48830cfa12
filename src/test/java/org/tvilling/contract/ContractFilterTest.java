package org.tvilling.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
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

    private static com.atlassian.oai.validator.report.ValidationReport report(SimpleResponse response) {
        Specs.Spec spec = Specs.find("GET", PATH).orElseThrow().spec();
        return ContractFilter.validator(spec).validateResponse(PATH, Request.Method.GET, response);
    }
}
