package org.tvilling.deployment;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;

/**
 * A token issuer for production-mode tests: its JWK set served over HTTP on a loopback port (what a
 * production issuer publishes), and tokens signed with its key.
 */
final class TestIssuer implements AutoCloseable {

    private final HttpServer server;
    private final RSAKey key;
    private final String issuer;

    private TestIssuer(HttpServer server, RSAKey key, String issuer) {
        this.server = server;
        this.key = key;
        this.issuer = issuer;
    }

    static TestIssuer start(String name) throws IOException, JOSEException {
        RSAKey key =
                new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] jwks = new JWKSet(key.toPublicJWK()).toString().getBytes(StandardCharsets.UTF_8);
        server.createContext("/jwks", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, jwks.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(jwks);
            }
        });
        server.start();
        return new TestIssuer(server, key, "https://" + name + ".issuer.example");
    }

    String issuer() {
        return issuer;
    }

    String jwkSetUri() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/jwks";
    }

    /** The settings that make a family of the server trust this issuer. */
    String[] trustedBy(String family) {
        return new String[] {
            "--tvilling.jwt." + family + ".issuer-uri=" + issuer,
            "--tvilling.jwt." + family + ".jwk-set-uri=" + jwkSetUri()
        };
    }

    /** A token of this issuer with these claims, valid for five minutes. */
    String token(Map<String, Object> claims) {
        return sign(key, issuer, claims);
    }

    /** A token that names this issuer but is signed by a key it never published. */
    String forgedToken(Map<String, Object> claims) throws JOSEException {
        return sign(new RSAKeyGenerator(2048).keyID(key.getKeyID()).generate(), issuer, claims);
    }

    private static String sign(RSAKey key, String issuer, Map<String, Object> claims) {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject("test-client")
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(300)));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), set.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
