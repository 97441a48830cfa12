package org.tvilling.platform.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * The local OAuth2 issuer of local mode (design.md §6).
 *
 * @param issuer the {@code iss} of the tokens it issues, and the only issuer the APIs then accept
 * @param tokenTimeToLive how long an access token lives
 * @param clients the demo clients by client id
 * @param signingKey the RSA private key (PKCS#8 PEM, e.g. {@code file:/run/secrets/issuer.pem}) it signs with;
 *     without it, a new key at each start, so that its tokens are accepted by that one instance only
 */
@ConfigurationProperties("tvilling.local-issuer")
public record LocalIssuerProperties(
        @DefaultValue("http://localhost:8080") String issuer,
        @DefaultValue("PT1H") Duration tokenTimeToLive,
        @DefaultValue Map<String, Client> clients,
        @Nullable Resource signingKey) {

    /**
     * One client of the {@code client_credentials} grant.
     *
     * @param secret the secret's hash, prefixed with its encoding id (e.g. {@code {bcrypt}})
     * @param scopes the scopes it may ask for
     * @param claims claims copied into each of its access tokens (organisationType, organisationCode, …)
     */
    public record Client(
            String secret,
            @DefaultValue List<String> scopes,
            @DefaultValue Map<String, Object> claims) {}
}
