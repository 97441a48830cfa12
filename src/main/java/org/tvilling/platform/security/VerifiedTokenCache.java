package org.tvilling.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.Ticker;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers the tokens another decoder has accepted, so that a client's token is verified once, not on every
 * request it makes with it (signature, issuer and expiry checks are the wrapped decoder's, unchanged). A token is
 * remembered until it expires, but never longer than {@code maxAge}: set to the refresh period of the issuer's
 * JWK set, a key the issuer withdraws stops being trusted within that period for remembered tokens too. Refused
 * tokens are never remembered. Memory is bounded by {@code maxSize} tokens.
 *
 * <p>Remembered tokens are found by the SHA-256 digest of the whole token (signature included), so that no
 * presented token is compared with a remembered one character by character.
 */
public final class VerifiedTokenCache implements JwtDecoder {

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Duration maxAge;
    private final Cache<Digest, Jwt> verified;

    public VerifiedTokenCache(JwtDecoder verifier, Clock clock, Duration maxAge, long maxSize) {
        this(verifier, clock, maxAge, maxSize, Ticker.systemTicker());
    }

    VerifiedTokenCache(JwtDecoder verifier, Clock clock, Duration maxAge, long maxSize, Ticker ticker) {
        this.verifier = verifier;
        this.clock = clock;
        this.maxAge = maxAge;
        this.verified = Caffeine.newBuilder()
                .maximumSize(maxSize)
                .ticker(ticker)
                .expireAfter(Expiry.creating((Digest token, Jwt jwt) -> lifetime(jwt)))
                .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Digest key = Digest.of(token);
        Jwt remembered = verified.getIfPresent(key);
        if (remembered != null && unexpired(remembered)) {
            return remembered;
        }
        Jwt jwt = verifier.decode(token);
        verified.put(key, jwt);
        return jwt;
    }

    /** How many tokens are remembered now (after pending evictions). */
    long remembered() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    /** How long a token is remembered: until it expires, at most maxAge. */
    private Duration lifetime(Jwt jwt) {
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            return maxAge;
        }
        Duration untilExpiry = Duration.between(clock.instant(), expiresAt);
        return untilExpiry.isNegative() ? Duration.ZERO : untilExpiry.compareTo(maxAge) < 0 ? untilExpiry : maxAge;
    }

    /** The cache's timer reclaims memory; the expiry itself is checked against the clock on every use. */
    private boolean unexpired(Jwt jwt) {
        return jwt.getExpiresAt() == null || clock.instant().isBefore(jwt.getExpiresAt());
    }

    private record Digest(long a, long b, long c, long d) {

        static Digest of(String token) {
            try {
                ByteBuffer digest = ByteBuffer.wrap(
                        MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII)));
                return new Digest(digest.getLong(), digest.getLong(), digest.getLong(), digest.getLong());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }
    }
}
