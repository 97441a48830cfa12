package org.tvilling.clients.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tvilling.clients.tests.Failures.failure;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClientResponseException;
import org.tvilling.clients.heliumv.user.ApiClient;
import org.tvilling.clients.heliumv.user.api.UserApi;
import org.tvilling.clients.heliumv.user.auth.ApiKeyAuth;
import org.tvilling.clients.heliumv.user.model.ChangePasswordEntry;
import org.tvilling.clients.heliumv.user.model.LoggedOnEntry;
import org.tvilling.clients.heliumv.user.model.LoggedOnTenantEntry;
import org.tvilling.clients.heliumv.user.model.LogonEntry;
import org.tvilling.clients.heliumv.user.model.LogonIdCardEntry;
import org.tvilling.clients.heliumv.user.model.LogonTenantEntry;
import org.tvilling.clients.heliumv.user.model.TenantEntry;

/**
 * HELIUM V UserApi through its generated Java client, in JSON and in XML: each operation's success and a
 * documented error, the error read from the {@code x-hv-error-*} headers as HELIUM V reports it.
 */
@ExtendWith(TvillingServer.class)
class HeliumvUserClientTest {

    enum Format {
        JSON(MediaType.APPLICATION_JSON),
        XML(MediaType.APPLICATION_XML);

        final MediaType mediaType;

        Format(MediaType mediaType) {
            this.mediaType = mediaType;
        }
    }

    /**
     * What a consumer writes to talk XML to HELIUM V: the generated client sends and asks for JSON wherever the
     * contract offers both, so this one asks for and sends XML (read and written by the client's Jackson XML
     * converter).
     */
    static final class XmlApiClient extends ApiClient {
        @Override
        public List<MediaType> selectHeaderAccept(String[] accepts) {
            return List.of(MediaType.APPLICATION_XML);
        }

        @Override
        public MediaType selectHeaderContentType(String[] contentTypes) {
            return contentTypes.length == 0 ? null : MediaType.APPLICATION_XML;
        }
    }

    static UserApi api(Format format) {
        ApiClient client = format == Format.XML ? new XmlApiClient() : new ApiClient();
        client.setServerVariables(Map.of("origin", TvillingServer.baseUrl()));
        return new UserApi(client);
    }

    /**
     * A client whose session token is set once, as a consumer sets it: JSON sends it as the query parameter
     * {@code userid}, XML as the header {@code hvtoken} (the contract's two security schemes).
     */
    static UserApi session(Format format, String token) {
        UserApi api = api(format);
        String scheme = format == Format.JSON ? "userid" : "hvtoken";
        ((ApiKeyAuth) api.getApiClient().getAuthentication(scheme)).setApiKey(token);
        return api;
    }

    static String logon(UserApi api) {
        return api.logon(new LogonEntry().username("demo").password("demo-pw"))
                .getToken()
                .toString();
    }

    /** HELIUM V's error, read as documented: the x-hv-error-* headers (no body). */
    static void assertHvError(RestClientResponseException failure, String code, String key, String value) {
        HttpHeaders headers = failure.getResponseHeaders();
        assertThat(headers.getFirst("x-hv-error-code")).isEqualTo(code);
        assertThat(headers.getFirst("x-hv-error-key")).isEqualTo(key);
        assertThat(headers.getFirst("x-hv-error-value")).isEqualTo(value);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void logon_demoUser_returns201(Format format) {
        ResponseEntity<LoggedOnEntry> answer =
                api(format).logonWithHttpInfo(new LogonEntry().username("demo").password("demo-pw"));

        assertThat(answer.getStatusCode().value()).isEqualTo(201);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(format.mediaType))
                .isTrue();
        assertThat(answer.getBody().getToken()).isNotNull();
        assertThat(answer.getBody().getClient()).isEqualTo("001");
        assertThat(answer.getBody().getLocaleString()).isEqualTo("deAT");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void logon_passwordMissing_returns400(Format format) {
        assertHvError(
                failure(() -> api(format).logon(new LogonEntry().username("demo")), 400), "9", "password", "{empty}");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void logonExternal_contactWithPartlistsInOneClient_returns201(Format format) {
        LoggedOnTenantEntry answer = api(format)
                .logonExternal(new LogonTenantEntry()
                        .username("einkauf@kunde-a.example")
                        .password("kontakt-pw"));

        assertThat(answer.getValid()).isTrue();
        assertThat(answer.getToken()).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void logonExternal_contactWithPartlistsInTwoClients_returns417(Format format) {
        RestClientResponseException failure = failure(
                () -> api(format)
                        .logonExternal(new LogonTenantEntry()
                                .username("einkauf@kunde-b.example")
                                .password("kontakt-pw")),
                417);

        assertThat(failure.getResponseHeaders().getFirst("x-hv-error-code")).isEqualTo("8");
        assertThat(failure.getResponseHeaders().getFirst("x-hv-error-code-extended"))
                .isEqualTo("2079");
        LoggedOnTenantEntry body = failure.getResponseBodyAs(LoggedOnTenantEntry.class);
        assertThat(body.getValid()).isFalse();
        assertThat(body.getPossibleTenants().getEntries())
                .extracting(TenantEntry::getCnr)
                .contains("002");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void logout_liveToken_returns200(Format format) {
        UserApi api = session(format, logon(api(format)));

        assertThat(api.logoutWithHttpInfo().getStatusCode().value()).isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void logout_noToken_returns400(Format format) {
        assertHvError(failure(() -> api(format).logout(), 400), "9", "userid", "{empty}");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void logoutPathParam_liveToken_returns200(Format format) {
        UserApi api = api(format);

        assertThat(api.logoutPathParamWithHttpInfo(logon(api)).getStatusCode().value())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void logoutPathParam_blankToken_returns400(Format format) {
        assertHvError(failure(() -> api(format).logoutPathParam(" "), 400), "9", "userid", "{empty}");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void changePassword_liveSession_returns201(Format format) {
        UserApi api = session(format, logon(api(format)));

        ResponseEntity<Void> answer = api.changePasswordWithHttpInfo(new ChangePasswordEntry().password("demo-pw"));

        assertThat(answer.getStatusCode().value()).isEqualTo(201);
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void changePassword_blankPassword_returns400(Format format) {
        UserApi api = session(format, logon(api(format)));

        assertHvError(
                failure(() -> api.changePassword(new ChangePasswordEntry().password(" ")), 400),
                "9",
                "passwordEntry",
                "{empty}");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void logonIdCard_staffCardInItsClient_returns201(Format format) {
        LoggedOnEntry answer = api(format).logonIdCard("4711", new LogonIdCardEntry().client("001"));

        assertThat(answer.getClient()).isEqualTo("001");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void logonIdCard_unknownCard_returns401(Format format) {
        RestClientResponseException failure =
                failure(() -> api(format).logonIdCard("0000", new LogonIdCardEntry().client("001")), 401);

        assertThat(failure.getResponseHeaders().headerNames()).noneMatch(name -> name.startsWith("x-hv-"));
        assertThat(failure.getResponseBodyAsByteArray()).isEmpty();
    }
}
