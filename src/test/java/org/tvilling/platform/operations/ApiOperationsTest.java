package org.tvilling.platform.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tvilling.platform.web.ApiDescriptor;

/** Requests named by the contracts' own operationIds, whatever the path holds. */
class ApiOperationsTest {

    private final ApiOperations operations = new ApiOperations(List.of(
            new ApiDescriptor("STAR VirksomhedLogin", "/star/v1/VirksomhedLogin", "star-virksomhedlogin.yaml"),
            new ApiDescriptor("HELIUM V", "/restapi/services/rest/api/v1", "heliumv-user.yaml"),
            new ApiDescriptor("Lequinox", "/lequinox/server", "lequinox-access.yaml")));

    @Test
    void documentedPathAndMethod_isItsOperation() {
        assertThat(operations.resolve("PUT", "/star/v1/VirksomhedLogin/12345678"))
                .isEqualTo(new ApiOperations.Operation("star", "star-virksomhedlogin", "SetVirksomhedLogin"));
        assertThat(operations.resolve("GET", "/restapi/services/rest/api/v1/logout/3f2c"))
                .isEqualTo(new ApiOperations.Operation("heliumv", "heliumv-user", "logoutPathParam"));
        assertThat(operations
                        .resolve("POST", "/lequinox/server/access/se03.Demo0001.Access01/activate")
                        .operationId())
                .isEqualTo("activatePlatformManagedAccess");
    }

    @Test
    void undocumentedMethodOrPath_isItsFamilyOnly_orNothing() {
        assertThat(operations.resolve("DELETE", "/star/v1/VirksomhedLogin/12345678"))
                .isEqualTo(new ApiOperations.Operation("star", "star-virksomhedlogin", "none"));
        assertThat(operations.resolve("GET", "/actuator/health")).isEqualTo(ApiOperations.Operation.UNKNOWN);
    }

    @Test
    void serverUrl_givesItsPath() {
        assertThat(ApiOperations.basePath("{origin}/star")).isEqualTo("/star");
        assertThat(ApiOperations.basePath("https://api.example:8443/lequinox")).isEqualTo("/lequinox");
        assertThat(ApiOperations.basePath("/restapi/services/rest")).isEqualTo("/restapi/services/rest");
    }

    @Test
    void contracts_haveTheirVersions() {
        assertThat(operations.contracts())
                .extracting(ApiOperations.Contract::api, ApiOperations.Contract::basePath)
                .contains(org.assertj.core.groups.Tuple.tuple("star-virksomhedlogin", "/star"));
    }
}
