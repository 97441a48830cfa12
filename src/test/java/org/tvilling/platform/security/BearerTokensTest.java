package org.tvilling.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/** The resolver answers every Authorization header exactly as Spring Security's own does. */
class BearerTokensTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl",
                "bearer abc",
                "BEARER abc",
                "bEaReR a-b.c_d~e+f/g==",
                "Bearer abc=",
                "Bearer abc=d",
                "Bearer =",
                "Bearer ",
                "Bearer",
                "Bearer  abc",
                "Bearer abc ",
                "Bearer abc\t",
                "Bearer\tabc",
                "Bearer a,b",
                "Bearer ab\u00e9c",
                "Bearerabc",
                "Bearers abc",
                "B\u0131arer abc",
                "Basic YWxhZGRpbjpvcGVuc2VzYW1l",
                "",
                "NO HEADER"
            })
    void resolve_anyAuthorizationHeader_answersAsSpringSecurity(String header) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/star/v1/VirksomhedLogin/12345678");
        if (!header.equals("NO HEADER")) {
            request.addHeader("Authorization", header);
        }

        assertThat(outcome(() -> new BearerTokens().resolve(request)))
                .isEqualTo(outcome(() -> new DefaultBearerTokenResolver().resolve(request)));
    }

    /** The token, or the refusal's error code and description. */
    private static String outcome(Supplier<String> resolve) {
        try {
            return "token " + resolve.get();
        } catch (OAuth2AuthenticationException refused) {
            return "refused " + refused.getError().getErrorCode() + " "
                    + refused.getError().getDescription();
        }
    }
}
