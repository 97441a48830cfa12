package org.tvilling.contract.fuzz;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Bearer tokens a server must refuse, made from a valid one: the same claims unsigned ({@code alg: none}),
 * signed with a key the server does not know, or expired (and signed with that key). The claims are copied as
 * they are, so only the signature (or its absence) and the expiry tell the tokens apart from the valid one.
 */
final class Tokens {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private static final KeyPair FOREIGN = foreignKey();

    private Tokens() {}

    /** The JWT of a bearer {@code Authorization} value, or null when it holds none. */
    static @Nullable String jwt(@Nullable String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String token = authorization.substring("Bearer ".length());
        return token.split("\\.").length == 3 ? token : null;
    }

    static String unsigned(String jwt) {
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + jwt.split("\\.")[1] + ".";
    }

    static String signedByAStranger(String jwt) {
        return signed(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    /** The claims with {@code exp} (and {@code iat}) an hour in the past, signed by the stranger's key. */
    static String expired(String jwt) {
        String claims = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        long past = Instant.now().minusSeconds(3600).getEpochSecond();
        claims = claims.replaceAll("\"exp\"\\s*:\\s*\\d+", "\"exp\":" + past)
                .replaceAll("\"iat\"\\s*:\\s*\\d+", "\"iat\":" + (past - 3600));
        return signed(claims);
    }

    private static String signed(String claims) {
        String signingInput =
                encode("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"fuzz-stranger\"}") + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(FOREIGN.getPrivate());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + BASE64URL.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static KeyPair foreignKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
