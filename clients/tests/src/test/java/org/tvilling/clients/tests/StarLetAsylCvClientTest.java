package org.tvilling.clients.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tvilling.clients.tests.Failures.failure;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.web.client.RestClientResponseException;
import org.tvilling.clients.star.letasylcv.ApiClient;
import org.tvilling.clients.star.letasylcv.api.LetAsylCvApi;
import org.tvilling.clients.star.letasylcv.model.FejlDto;
import org.tvilling.clients.star.letasylcv.model.FejlResponseDto;

/** STAR LetAsylCv through its generated Java client: each operation's success and a documented error. */
@ExtendWith(TvillingServer.class)
class StarLetAsylCvClientTest {

    private static final String FULL_CV = "0101901234";

    private static final String NO_CV = "0404904567";

    private final LetAsylCvApi jobcenter = api(TvillingServer.token("jobcenter-101"));

    static LetAsylCvApi api(String token) {
        ApiClient client = new ApiClient();
        client.setServerVariables(Map.of("origin", TvillingServer.baseUrl()));
        client.setBearerToken(token);
        return new LetAsylCvApi(client);
    }

    /** STAR's error structure, read as the documented model: every fejlkode of the answer. */
    static Integer[] fejlkoder(RestClientResponseException failure) {
        FejlResponseDto fejl = failure.getResponseBodyAs(FejlResponseDto.class);
        return fejl.getFejl().stream().map(FejlDto::getFejlkode).toArray(Integer[]::new);
    }

    @Test
    void getLetAsylCv_citizenWithCv_returns200() {
        assertThat(jobcenter.getLetAsylCv(FULL_CV).getCvStatusstruktur()).isNotNull();
    }

    @Test
    void getLetAsylCv_citizenWithoutCv_returns404() {
        assertThat(fejlkoder(failure(() -> jobcenter.getLetAsylCv(NO_CV), 404))).containsExactly(1010);
    }

    @Test
    void overfoerLetAsylCv_citizenWithCv_returns200() {
        jobcenter.overfoerLetAsylCv(FULL_CV, UUID.randomUUID().toString());
    }

    @Test
    void overfoerLetAsylCv_repeatedRequestId_returns412() {
        String requestId = UUID.randomUUID().toString();
        jobcenter.overfoerLetAsylCv(FULL_CV, requestId);

        RestClientResponseException failure = failure(() -> jobcenter.overfoerLetAsylCv(FULL_CV, requestId), 412);

        assertThat(failure.getResponseBodyAs(FejlResponseDto.class).getFejl()).isNotEmpty();
    }

    @Test
    void getLetAsylCvPdf_citizenWithCv_returns200() {
        byte[] pdf = jobcenter.getLetAsylCvPdf(FULL_CV).getLetAsylCvSomPdf().getPdfData();

        assertThat(pdf).startsWith("%PDF".getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void getLetAsylCvPdf_invalidCpr_returns400() {
        assertThat(fejlkoder(failure(() -> jobcenter.getLetAsylCvPdf("3201901234"), 400)))
                .containsExactly(1001);
    }
}
