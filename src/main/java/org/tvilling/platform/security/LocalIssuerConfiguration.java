package org.tvilling.platform.security;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
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
 * then accept exactly the tokens it signs: its key, its issuer, unexpired. The key lives in memory, so
 * tokens do not survive a restart.
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
    KeyPair signingKeyPair() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** What the authorization server signs with: the key pair as a JWK, private key included. */
    @Bean
    JWKSource<SecurityContext> signingKeys(KeyPair signingKeyPair) {
        RSAKey key = new RSAKey.Builder((RSAPublicKey) signingKeyPair.getPublic())
                .privateKey((RSAPrivateKey) signingKeyPair.getPrivate())
                .keyID(UUID.randomUUID().toString())
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
