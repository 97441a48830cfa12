package org.tvilling.platform.security;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.stereotype.Component;

/**
 * The JWT decoder of each API family with bearer tokens (see {@link JwtIssuerProperties}), built with Spring
 * Security's own decoders: signature by the issuer's published keys, {@code iss}, expiry and, when configured,
 * {@code aud}.
 */
@Component
@EnableConfigurationProperties(JwtIssuerProperties.class)
public class FamilyJwtDecoders {

    private static final Logger log = LoggerFactory.getLogger(FamilyJwtDecoders.class);

    private final JwtIssuerProperties properties;
    private final ObjectProvider<JwtDecoder> shared;
    private final Clock clock;
    private final Environment environment;

    FamilyJwtDecoders(
            JwtIssuerProperties properties, ObjectProvider<JwtDecoder> shared, Clock clock, Environment environment) {
        this.properties = properties;
        this.shared = shared;
        this.clock = clock;
        this.environment = environment;
    }

    /** The decoder of the family's configured issuer, else of the shared one, else one that refuses all. */
    public JwtDecoder forFamily(String family) {
        JwtIssuerProperties.Issuer issuer = properties.jwt().get(family);
        if (issuer != null) {
            // remembered once verified, as the bean decoders are (VerifiedTokenCacheConfiguration)
            return VerifiedTokenCacheConfiguration.cached(decoder(family, issuer), clock, environment);
        }
        JwtDecoder fallback = shared.getIfUnique();
        if (fallback != null) {
            return fallback;
        }
        log.warn(
                "No token issuer is configured for {} (tvilling.jwt.{}.issuer-uri): every bearer token sent to it"
                        + " is refused",
                family,
                family);
        return token -> {
            throw new BadJwtException("No issuer is trusted");
        };
    }

    private static JwtDecoder decoder(String family, JwtIssuerProperties.Issuer issuer) {
        String issuerUri = issuer.issuerUri();
        if (issuerUri == null || issuerUri.isBlank()) {
            throw new IllegalStateException("tvilling.jwt." + family + ".issuer-uri must be set: the tokens' iss");
        }
        if (issuer.jwkSetUri() == null) {
            // Keys discovered from the issuer's metadata when the first token arrives, not at start-up.
            return new SupplierJwtDecoder(() -> withValidators(
                    (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuerUri), issuerUri, issuer.audiences()));
        }
        return withValidators(
                NimbusJwtDecoder.withJwkSetUri(issuer.jwkSetUri().toString()).build(), issuerUri, issuer.audiences());
    }

    private static JwtDecoder withValidators(NimbusJwtDecoder decoder, String issuerUri, List<String> audiences) {
        List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
        validators.add(JwtValidators.createDefaultWithIssuer(issuerUri));
        if (!audiences.isEmpty()) {
            validators.add(new JwtClaimValidator<@Nullable List<String>>(
                    JwtClaimNames.AUD, aud -> aud != null && aud.stream().anyMatch(audiences::contains)));
        }
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(validators));
        return decoder;
    }
}
