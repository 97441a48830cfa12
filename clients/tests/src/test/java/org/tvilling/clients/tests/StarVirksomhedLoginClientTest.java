package org.tvilling.clients.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tvilling.clients.tests.Failures.failure;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.web.client.RestClientResponseException;
import org.tvilling.clients.star.virksomhedlogin.ApiClient;
import org.tvilling.clients.star.virksomhedlogin.api.VirksomhedLoginApi;
import org.tvilling.clients.star.virksomhedlogin.model.FejlDto;
import org.tvilling.clients.star.virksomhedlogin.model.FejlResponseDto;
import org.tvilling.clients.star.virksomhedlogin.model.VirksomhedLoginDto;

/** STAR VirksomhedLogin through its generated Java client: each operation's success and a documented error. */
@ExtendWith(TvillingServer.class)
class StarVirksomhedLoginClientTest {

    private final VirksomhedLoginApi jobcenter = api(TvillingServer.token("jobcenter-101"));

    static VirksomhedLoginApi api(String token) {
        ApiClient client = new ApiClient();
        client.setServerVariables(Map.of("origin", TvillingServer.baseUrl()));
        client.setBearerToken(token);
        return new VirksomhedLoginApi(client);
    }

    /** STAR's error structure, read as the documented model: every fejlkode of the answer. */
    static Integer[] fejlkoder(RestClientResponseException failure) {
        FejlResponseDto fejl = failure.getResponseBodyAs(FejlResponseDto.class);
        return fejl.getFejl().stream().map(FejlDto::getFejlkode).toArray(Integer[]::new);
    }

    @Test
    void getVirksomhedLogin_companyWithLogins_returns200() {
        VirksomhedLoginDto login = jobcenter.getVirksomhedLogin("12345678").getVirksomhedLogin();

        assertThat(login.getCvrNummer()).isEqualTo("12345678");
        assertThat(login.getTidligsteLoginTidspunkt()).isBefore(login.getSenesteLoginTidspunkt());
    }

    @Test
    void getVirksomhedLogin_unknownCompany_returns404() {
        assertThat(fejlkoder(failure(() -> jobcenter.getVirksomhedLogin("99999999"), 404)))
                .containsExactly(120500);
    }

    @Test
    void setVirksomhedLogin_starWithScope_returns200() {
        VirksomhedLoginApi star = api(TvillingServer.token("star-system", "virksomhedsindsats.login.write"));

        star.setVirksomhedLogin("22334455", UUID.randomUUID().toString());

        assertThat(star.getVirksomhedLogin("22334455").getVirksomhedLogin().getCvrNummer())
                .isEqualTo("22334455");
    }

    @Test
    void setVirksomhedLogin_jobcenter_returns403() {
        assertThat(fejlkoder(failure(
                        () -> jobcenter.setVirksomhedLogin(
                                "12345678", UUID.randomUUID().toString()),
                        403)))
                .containsExactly(4575);
    }

    @Test
    void getVirksomhedLogins_jobcenter_returns200() {
        assertThat(jobcenter.getVirksomhedLogins().getVirksomhedLogins())
                .extracting(VirksomhedLoginDto::getCvrNummer)
                .contains("12345678", "33445566")
                .isSorted();
    }

    @Test
    void getVirksomhedLogins_invalidToken_returns401() {
        assertThat(fejlkoder(failure(() -> api("not-a-token").getVirksomhedLogins(), 401)))
                .containsExactly(1012);
    }
}
