package org.tvilling.platform.security;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The token issuer each API family with bearer tokens trusts, by family name ({@code star}, {@code altinn}):
 * {@code tvilling.jwt.star.issuer-uri=…}, {@code tvilling.jwt.star.jwk-set-uri=…}. STAR and Altinn may trust
 * different issuers. A family without an entry here trusts the local issuer (local mode), else Spring Boot's
 * {@code spring.security.oauth2.resourceserver.jwt.*} issuer, else no one (every token refused).
 *
 * @param jwt the issuer of each family, by family name
 */
@ConfigurationProperties("tvilling")
public record JwtIssuerProperties(@DefaultValue Map<String, Issuer> jwt) {

    /**
     * One trusted issuer.
     *
     * @param issuerUri the tokens' {@code iss}, exactly; also where the keys are discovered when no JWK set is
     *     given (OpenID Connect or RFC 8414 metadata, fetched at the first token)
     * @param jwkSetUri the issuer's public keys (a JWK set document)
     * @param audiences when not empty, a token's {@code aud} must name one of them
     */
    public record Issuer(
            @Nullable String issuerUri,
            @Nullable URI jwkSetUri,
            @DefaultValue List<String> audiences) {}
}
