package org.tvilling.clients.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tvilling.clients.tests.Failures.failure;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.web.client.RestClientResponseException;
import org.tvilling.clients.lequinox.access.ApiClient;
import org.tvilling.clients.lequinox.access.api.AccessApi;
import org.tvilling.clients.lequinox.access.api.ExternalPersonalIdentityApi;
import org.tvilling.clients.lequinox.access.model.Access;
import org.tvilling.clients.lequinox.access.model.ExternalPersonalIdentity;
import org.tvilling.clients.lequinox.access.model.State;

/** Lequinox access through its generated Java client: each operation's success and a documented error. */
@ExtendWith(TvillingServer.class)
class LequinoxAccessClientTest {

    private final ApiClient client = client("demo-key-se03");

    private final AccessApi accesses = new AccessApi(client);

    private final ExternalPersonalIdentityApi identities = new ExternalPersonalIdentityApi(client);

    static ApiClient client(String key) {
        ApiClient client = new ApiClient();
        client.setServerVariables(Map.of("origin", TvillingServer.baseUrl()));
        client.setApiKey(key);
        return client;
    }

    /** Lequinox's error, read as documented: a plain-text message, word for word. */
    static String message(RestClientResponseException failure) {
        assertThat(failure.getResponseHeaders().getContentType()).hasToString("text/plain;charset=UTF-8");
        return failure.getResponseBodyAsString();
    }

    private ExternalPersonalIdentity newIdentity() {
        return identities.createExternalPersonalIdentity(new ExternalPersonalIdentity()
                .firstName("Saga")
                .lastName("Nordström")
                .emailAddress("saga@example.se")
                .managed(true));
    }

    private Access newAccess(State state) {
        return accesses.createAccess(new Access()
                .type(Access.TypeEnum.PRIVATE)
                .privateId(newIdentity().getId())
                .firstName("Saga")
                .lastName("Nordström")
                .managed(true)
                .state(state));
    }

    @Test
    void createExternalPersonalIdentity_managed_returns200() {
        ExternalPersonalIdentity identity = newIdentity();

        assertThat(identity.getId()).startsWith("se03.");
        assertThat(identity.getState()).isEqualTo(State.ACTIVE);
    }

    @Test
    void createExternalPersonalIdentity_managedMissing_returns400() {
        assertThat(message(failure(
                        () -> identities.createExternalPersonalIdentity(new ExternalPersonalIdentity()
                                .firstName("Saga")
                                .lastName("Nordström")
                                .emailAddress("saga@example.se")),
                        400)))
                .isEqualTo("Input not valid: Managed must be specified when creating an external personal identity.");
    }

    @Test
    void getExternalPersonalIdentity_ownIdentity_returns200() {
        String id = newIdentity().getId();

        assertThat(identities.getExternalPersonalIdentity(id).getEmailAddress()).isEqualTo("saga@example.se");
    }

    @Test
    void getExternalPersonalIdentity_anotherCompanysIdentity_returns400() {
        assertThat(message(failure(() -> identities.getExternalPersonalIdentity("se04.Demo0001.Person01"), 400)))
                .isEqualTo("Company ID is not part of identity ID.");
    }

    @Test
    void createAccess_withoutState_returns200() {
        assertThat(newAccess(null).getState()).isEqualTo(State.ACTIVE);
    }

    @Test
    void createAccess_withState_returns400() {
        assertThat(message(failure(() -> newAccess(State.ACTIVE), 400)))
                .isEqualTo("Input not valid: State can not be specified when creating an access.");
    }

    @Test
    void getAccess_ownAccess_returns200() {
        Access access = newAccess(null);

        assertThat(accesses.getAccess(access.getAccessId()).getPrivateId()).isEqualTo(access.getPrivateId());
    }

    @Test
    void getAccess_anotherCompanysAccess_returns404() {
        AccessApi otherCompany = new AccessApi(client("demo-key-se04"));

        assertThat(message(failure(() -> otherCompany.getAccess("se03.Demo0001.Access01"), 404)))
                .isEqualTo("The access with ID se03.Demo0001.Access01 was not found");
    }

    @Test
    void updateAccess_deactivate_returns200() {
        Access access = newAccess(null);

        Access updated = accesses.updateAccess(
                access.getAccessId(),
                new Access()
                        .accessId(access.getAccessId())
                        .firstName("Saga")
                        .lastName("Nordström")
                        .state(State.DEACTIVATED));

        assertThat(updated.getState()).isEqualTo(State.DEACTIVATED);
    }

    @Test
    void updateAccess_stateMissing_returns400() {
        Access access = newAccess(null);

        assertThat(message(failure(
                        () -> accesses.updateAccess(
                                access.getAccessId(),
                                new Access()
                                        .accessId(access.getAccessId())
                                        .firstName("Saga")
                                        .lastName("Nordström")),
                        400)))
                .isEqualTo("Input not valid: State must be specified when updating an access.");
    }

    @Test
    void activatePlatformManagedAccess_invited_returns200() {
        Access access = newAccess(State.INVITED);

        assertThat(accesses.activatePlatformManagedAccess(access.getAccessId()).getState())
                .isEqualTo(State.ACTIVE);
    }

    @Test
    void activatePlatformManagedAccess_alreadyActive_returns400() {
        Access access = newAccess(null);

        assertThat(message(failure(() -> accesses.activatePlatformManagedAccess(access.getAccessId()), 400)))
                .isEqualTo("The access must be in the INVITED state for the application to be able to activate it.");
    }

    @Test
    void getUserAgreementForActivation_invited_returns200() {
        Access access = newAccess(State.INVITED);

        assertThat(accesses.getUserAgreementForActivation(access.getAccessId()).getTitle())
                .isNotBlank();
    }

    @Test
    void getUserAgreementForActivation_active_returns400() {
        Access access = newAccess(null);

        assertThat(message(failure(() -> accesses.getUserAgreementForActivation(access.getAccessId()), 400)))
                .isEqualTo("The access must be in the INVITED state for the application to be able to get the"
                        + " user agreement for it.");
    }
}
