package org.tvilling.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The credentials of the bearer-token APIs: the profile's roles' tokens (from the token endpoint with the
 * {@code client_credentials} grant, or static), and the forged ones every such operation must refuse.
 */
public final class Credentials {

    public static final String FOREIGN_ISSUER = "https://foreign-issuer.conformance.invalid";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Profile profile;
    private final Http http;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private volatile RSAKey foreignKey;

    public Credentials(Profile profile, Http http) {
        this.profile = profile;
        this.http = http;
        profile.roles().forEach(role -> {
            http.secrets().add(role.clientSecret(), "role " + role.name() + "'s client secret");
            http.secrets().add(role.token(), "role " + role.name() + "'s token");
        });
        profile.secretValues().forEach((key, value) -> http.secrets().add(value, key));
    }

    public Role role(String name) {
        return profile.role(name).orElseThrow(() -> new NotRun("the profile has no role " + name));
    }

    /** The role's token; not run when the profile has no such role. */
    public String bearer(String roleName) {
        Role role = role(roleName);
        if (role.token() != null) {
            return role.token();
        }
        return tokens.computeIfAbsent(roleName, name -> fetch(role));
    }

    private String fetch(Role role) {
        if (role.clientId() == null || role.clientSecret() == null) {
            throw new NotRun("the profile gives role " + role.name() + " neither a token nor a client id and secret");
        }
        String endpoint = profile.value("tokenEndpoint")
                .orElseThrow(() -> new NotRun("the profile names no tokenEndpoint for role " + role.name()));
        String form = "grant_type=client_credentials"
                + (role.scopes().isEmpty()
                        ? ""
                        : "&scope=" + URLEncoder.encode(String.join(" ", role.scopes()), StandardCharsets.UTF_8));
        String basic = Base64.getEncoder()
                .encodeToString(
                        (form(role.clientId()) + ":" + form(role.clientSecret())).getBytes(StandardCharsets.UTF_8));
        try {
            HttpResponse<String> response = http.postForm(http.resolve(endpoint), "Basic " + basic, form);
            if (response.statusCode() != 200) {
                throw new SetupError("the token endpoint %s answered %d for role %s"
                        .formatted(endpoint, response.statusCode(), role.name()));
            }
            JsonNode token = JSON.readTree(response.body()).path("access_token");
            if (!token.isTextual()) {
                throw new SetupError("the token endpoint gave role " + role.name() + " no access_token");
            }
            return http.secrets().add(token.asText(), "role " + role.name() + "'s token");
        } catch (IOException e) {
            throw new SetupError("no token for role %s from %s: %s".formatted(role.name(), endpoint, e));
        }
    }

    /** RFC 6749 §2.3.1: client id and secret are form-encoded before they go into Basic authentication. */
    private static String form(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The claims the role's token carries, or those its profile entry describes when the token is no JWT. */
    public JWTClaimsSet claims(String roleName) {
        Role role = role(roleName);
        String token = bearer(roleName);
        try {
            return SignedJWT.parse(token).getJWTClaimsSet();
        } catch (ParseException notAJwt) {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .subject(role.clientId() == null ? role.name() : role.clientId())
                    .issueTime(new Date())
                    .expirationTime(Date.from(Instant.now().plusSeconds(3600)));
            if (!role.scopes().isEmpty()) {
                claims.claim("scope", String.join(" ", role.scopes()));
            }
            if (role.organisationType() != null) {
                claims.claim("organisationType", role.organisationType());
            }
            if (role.organisation() != null) {
                claims.claim(
                        "consumer", Map.of("authority", "iso6523-actorid-upis", "ID", "0192:" + role.organisation()));
            }
            return claims.build();
        }
    }

    /** The role's claims in an unsigned token ({@code alg: none}). */
    public String unsigned(String roleName) {
        return new PlainJWT(claims(roleName)).serialize();
    }

    /** The role's claims, issued and signed by an issuer the target does not know. */
    public String foreignIssuer(String roleName) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(claims(roleName))
                .issuer(FOREIGN_ISSUER)
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(3600)))
                .build();
        try {
            RSAKey key = foreignKey();
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not sign the foreign issuer's token", e);
        }
    }

    /** Something in the place of a token that is no token at all. */
    public static String garbage() {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        return "garbage-" + HexFormat.of().formatHex(random);
    }

    /** A token of the target's own issuer that has expired: only the profile can give one. */
    public Optional<String> expired() {
        return profile.value("expiredToken");
    }

    private RSAKey foreignKey() throws JOSEException {
        if (foreignKey == null) {
            synchronized (this) {
                if (foreignKey == null) {
                    foreignKey = new RSAKeyGenerator(2048)
                            .keyID(UUID.randomUUID().toString())
                            .generate();
                }
            }
        }
        return foreignKey;
    }
}
