package org.tvilling.clients.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tvilling.clients.tests.Failures.failure;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.web.client.RestClientResponseException;
import org.tvilling.clients.altinn.systemregister.ApiClient;
import org.tvilling.clients.altinn.systemregister.api.SystemRegisterAccessPackagesApi;
import org.tvilling.clients.altinn.systemregister.api.SystemRegisterApi;
import org.tvilling.clients.altinn.systemregister.api.SystemRegisterRightsApi;
import org.tvilling.clients.altinn.systemregister.model.AccessPackage;
import org.tvilling.clients.altinn.systemregister.model.AttributePair;
import org.tvilling.clients.altinn.systemregister.model.ProblemDetails;
import org.tvilling.clients.altinn.systemregister.model.RegisterSystemRequest;
import org.tvilling.clients.altinn.systemregister.model.RegisteredSystemDTO;
import org.tvilling.clients.altinn.systemregister.model.Right;
import org.tvilling.clients.altinn.systemregister.model.TranslatedText;
import org.tvilling.clients.altinn.systemregister.model.ValidationError;
import org.tvilling.clients.altinn.systemregister.model.VendorInfo;

/** The Altinn system register through its generated Java client: each operation's success and a documented error. */
@ExtendWith(TvillingServer.class)
class AltinnSystemRegisterClientTest {

    private static final String DEMO_SYSTEM = "991825827_tvilling_demo";

    private final ApiClient vendor =
            client(TvillingServer.token("vendor-991825827", "altinn:authentication/systemregister.write"));

    private final SystemRegisterApi systems = new SystemRegisterApi(vendor);

    static ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.setServerVariables(Map.of("origin", TvillingServer.baseUrl()));
        client.setBearerToken(token);
        return client;
    }

    /** Altinn's problem details, read as the documented model: the AUTH.VLD code of each validation error. */
    static List<String> codes(RestClientResponseException failure) {
        ProblemDetails problem = failure.getResponseBodyAs(ProblemDetails.class);
        assertThat(problem.getStatus()).isEqualTo(400);
        return problem.getValidationErrors().stream()
                .map(ValidationError::getCode)
                .toList();
    }

    static RegisterSystemRequest system(String id) {
        TranslatedText name =
                new TranslatedText().nb("Klienttest").en("Client test").nn("Klienttest");
        return new RegisterSystemRequest()
                .id(id)
                .vendor(new VendorInfo().authority("iso6523-actorid-upis").id("0192:991825827"))
                .name(name)
                .description(name)
                .rights(List.of(right("ske-krav-og-betalinger")))
                .clientId(List.of(UUID.randomUUID().toString()))
                .allowedredirecturls(List.of("https://altinn.no"));
    }

    static Right right(String resource) {
        return new Right()
                .resource(List.of(new AttributePair().id("urn:altinn:resource").value(resource)));
    }

    static String newSystemId() {
        return "991825827_client_" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createRegisteredSystem_newSystem_returns200() {
        String id = newSystemId();

        UUID internalId = systems.createRegisteredSystem(system(id));

        assertThat(internalId).isNotNull();
        assertThat(systems.getRegisteredSystemInfo(id).getId()).isEqualTo(id);
    }

    @Test
    void createRegisteredSystem_existingSystemId_returns400() {
        String id = newSystemId();
        systems.createRegisteredSystem(system(id));

        assertThat(codes(failure(() -> systems.createRegisteredSystem(system(id)), 400)))
                .containsExactly("AUTH.VLD-00002");
    }

    @Test
    void getListOfRegisteredSystemsForVendor_vendor_returns200() {
        assertThat(systems.getListOfRegisteredSystemsForVendor())
                .extracting(RegisteredSystemDTO::getSystemId)
                .contains(DEMO_SYSTEM);
    }

    @Test
    void getListOfRegisteredSystemsForVendor_invalidToken_returns401() {
        RestClientResponseException failure =
                failure(() -> new SystemRegisterApi(client("not-a-token")).getListOfRegisteredSystemsForVendor(), 401);

        assertThat(failure.getResponseHeaders().getFirst("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void getRegisteredSystemInfo_demoSystem_returns200() {
        assertThat(systems.getRegisteredSystemInfo(DEMO_SYSTEM).getVendor().getId())
                .isEqualTo("0192:991825827");
    }

    @Test
    void getRegisteredSystemInfo_unknownSystem_returns404() {
        ProblemDetails problem = failure(() -> systems.getRegisteredSystemInfo("991825827_finnes_ikke"), 404)
                .getResponseBodyAs(ProblemDetails.class);

        assertThat(problem.getDetail()).isEqualTo("System with ID '991825827_finnes_ikke' not found.");
    }

    @Test
    void updateWholeRegisteredSystem_ownSystem_returns200() {
        String id = newSystemId();
        systems.createRegisteredSystem(system(id));

        assertThat(systems.updateWholeRegisteredSystem(id, system(id).isVisible(false))
                        .getSucceeded())
                .isTrue();
        assertThat(systems.getRegisteredSystemInfo(id).getIsVisible()).isFalse();
    }

    @Test
    void updateWholeRegisteredSystem_bodyForAnotherSystem_returns400() {
        String id = newSystemId();
        systems.createRegisteredSystem(system(id));

        assertThat(codes(failure(() -> systems.updateWholeRegisteredSystem(id, system(newSystemId())), 400)))
                .containsExactly("AUTH.VLD-00012");
    }

    @Test
    void setDeleteOnRegisteredSystem_ownSystem_returns200() {
        String id = newSystemId();
        systems.createRegisteredSystem(system(id));

        assertThat(systems.setDeleteOnRegisteredSystem(id).getSucceeded()).isTrue();
        assertThat(systems.getRegisteredSystemInfo(id).getIsDeleted()).isTrue();
    }

    @Test
    void setDeleteOnRegisteredSystem_unknownSystem_returns404() {
        ProblemDetails problem = failure(() -> systems.setDeleteOnRegisteredSystem("991825827_finnes_ikke"), 404)
                .getResponseBodyAs(ProblemDetails.class);

        assertThat(problem.getStatus()).isEqualTo(404);
    }

    @Test
    void updateRightsOnRegisteredSystem_knownResource_returns200() {
        SystemRegisterRightsApi rights = new SystemRegisterRightsApi(vendor);

        assertThat(rights.updateRightsOnRegisteredSystem(DEMO_SYSTEM, List.of(right("ske-krav-og-betalinger")))
                        .getSucceeded())
                .isTrue();
    }

    @Test
    void updateRightsOnRegisteredSystem_unknownResource_returns400() {
        SystemRegisterRightsApi rights = new SystemRegisterRightsApi(vendor);

        assertThat(codes(failure(
                        () -> rights.updateRightsOnRegisteredSystem(DEMO_SYSTEM, List.of(right("finnes-ikke"))), 400)))
                .containsExactly("AUTH.VLD-00003");
    }

    @Test
    void updateAccessPackagesOnRegisteredSystem_knownPackage_returns200() {
        SystemRegisterAccessPackagesApi packages = new SystemRegisterAccessPackagesApi(vendor);

        assertThat(packages.updateAccessPackagesOnRegisteredSystem(
                                DEMO_SYSTEM, List.of(new AccessPackage().urn("urn:altinn:accesspackage:skattnaering")))
                        .getSucceeded())
                .isTrue();
    }

    @Test
    void updateAccessPackagesOnRegisteredSystem_unknownPackage_returns400() {
        SystemRegisterAccessPackagesApi packages = new SystemRegisterAccessPackagesApi(vendor);

        assertThat(codes(failure(
                        () -> packages.updateAccessPackagesOnRegisteredSystem(
                                DEMO_SYSTEM, List.of(new AccessPackage().urn("urn:altinn:accesspackage:finnes-ikke"))),
                        400)))
                .containsExactly("AUTH.VLD-00008");
    }
}
