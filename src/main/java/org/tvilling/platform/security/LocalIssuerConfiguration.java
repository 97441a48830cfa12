package org.tvilling.platform.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.converter.RsaKeyConverters;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.tvilling.platform.database.LocalModeEnvironmentPostProcessor;

/**
 * Local mode's own OAuth2 authorization server (Spring Security's): {@code POST /oauth2/token} with the
 * {@code client_credentials} grant for the demo clients of {@code tvilling.local-issuer.clients}. The APIs
 * then accept exactly the tokens it signs: its key, its issuer, unexpired. Its key is {@code
 * tvilling.local-issuer.signing-key} when that is set (so that several instances, or a restarted one, accept
 * each other's tokens); otherwise a new key each start, which lives in memory only.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(LocalModeEnvironmentPostProcessor.LOCAL_ISSUER)
@EnableConfigurationProperties(LocalIssuerProperties.class)
class LocalIssuerConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) throws Exception {
        http.oauth2AuthorizationServer(server -> http.securityMatcher(server.getEndpointsMatcher()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        return http.build();
    }

    @Bean
    RegisteredClientRepository registeredClients(LocalIssuerProperties properties) {
        TokenSettings tokens = TokenSettings.builder()
                .accessTokenTimeToLive(properties.tokenTimeToLive())
                .build();
        List<RegisteredClient> clients = properties.clients().entrySet().stream()
                .map(client -> RegisteredClient.withId(client.getKey())
                        .clientId(client.getKey())
                        .clientSecret(client.getValue().secret())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .scopes(scopes -> scopes.addAll(client.getValue().scopes()))
                        .tokenSettings(tokens)
                        .build())
                .toList();
        return new InMemoryRegisteredClientRepository(clients);
    }

    /**
     * Copies the client's configured claims into its access tokens, and writes {@code scope} as one
     * space-separated string (RFC 9068 §2.2.3) rather than the JSON array Spring would write.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> clientClaims(LocalIssuerProperties properties) {
        return context -> {
            if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                return;
            }
            LocalIssuerProperties.Client client =
                    properties.clients().get(context.getRegisteredClient().getClientId());
            context.getClaims().claims(claims -> {
                claims.putAll(client.claims());
                if (context.getAuthorizedScopes().isEmpty()) {
                    claims.remove("scope");
                } else {
                    claims.put("scope", String.join(" ", context.getAuthorizedScopes()));
                }
            });
        };
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(LocalIssuerProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    KeyPair signingKeyPair(LocalIssuerProperties properties) throws GeneralSecurityException, IOException {
        Resource configured = properties.signingKey();
        if (configured == null) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        }
        return keyPair(configured);
    }

    /** The configured key: a PKCS#8 PEM RSA private key; its public key is the private key's modulus and exponent. */
    static KeyPair keyPair(Resource pem) throws GeneralSecurityException, IOException {
        RSAPrivateKey key;
        try (InputStream in = pem.getInputStream()) {
            key = RsaKeyConverters.pkcs8().convert(in);
        }
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new IllegalStateException(
                    "tvilling.local-issuer.signing-key must be an RSA private key in PKCS#8 PEM with its CRT parameters");
        }
        PublicKey publicKey = KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
        return new KeyPair(publicKey, key);
    }

    /**
     * What the authorization server signs with: the key pair as a JWK, private key included. Its key id is the
     * public key's thumbprint (RFC 7638), the same on every instance that has the same key.
     */
    @Bean
    JWKSource<SecurityContext> signingKeys(KeyPair signingKeyPair) throws JOSEException {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) signingKeyPair.getPublic())
                .privateKey((RSAPrivateKey) signingKeyPair.getPrivate())
                .keyIDFromThumbprint()
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /**
     * What the APIs verify with: the public key alone, as a Java key from the start. A decoder on the signing
     * JWK source would convert the JWK, private key included, into Java keys for every token it verifies.
     */
    @Bean
    JwtDecoder localJwtDecoder(KeyPair signingKeyPair, LocalIssuerProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) signingKeyPair.getPublic())
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
        return decoder;
    }
}
