package org.tvilling.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.tvilling.TestClock;

/**
 * The verified-token cache in front of a decoder that accepts the tokens it is told to, and counts how often it
 * was asked. The cache's timer (a Caffeine ticker) and the clock are moved by hand.
 */
class VerifiedTokenCacheTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final Duration MAX_AGE = Duration.ofMinutes(5);

    private final TestClock clock = new TestClock();
    private final AtomicLong nanos = new AtomicLong();
    private final Verifier verifier = new Verifier();
    private final VerifiedTokenCache cache = new VerifiedTokenCache(verifier, clock, MAX_AGE, 100, nanos::get);

    VerifiedTokenCacheTest() {
        clock.fix(NOW);
    }

    @Test
    void aVerifiedTokenIsVerifiedOnceThenRemembered() {
        verifier.accept("a.b.c", NOW.plusSeconds(3600));

        Jwt first = cache.decode("a.b.c");
        Jwt second = cache.decode("a.b.c");

        assertThat(second).isSameAs(first);
        assertThat(verifier.asked).containsExactly("a.b.c");
    }

    @Test
    void aRefusedTokenIsNeverRemembered() {
        assertThatThrownBy(() -> cache.decode("a.b.forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> cache.decode("a.b.forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifier.asked).containsExactly("a.b.forged", "a.b.forged");
    }

    /** Same header and claims, another signature: not the remembered token, so verified (and refused). */
    @Test
    void anotherSignatureIsNotTakenForTheRememberedToken() {
        verifier.accept("a.b.c", NOW.plusSeconds(3600));
        cache.decode("a.b.c");

        assertThatThrownBy(() -> cache.decode("a.b.d")).isInstanceOf(BadJwtException.class);
    }

    @Test
    void aRememberedTokenIsVerifiedAgainOnceItHasExpired() {
        verifier.accept("a.b.c", NOW.plusSeconds(60));
        cache.decode("a.b.c");

        clock.advance(Duration.ofSeconds(60));
        verifier.refuseEverything();

        assertThatThrownBy(() -> cache.decode("a.b.c")).isInstanceOf(BadJwtException.class);
        assertThat(verifier.asked).containsExactly("a.b.c", "a.b.c");
    }

    /** A key withdrawn from the issuer's JWK set: its tokens are refused once maxAge has passed. */
    @Test
    void aRememberedTokenIsVerifiedAgainAfterMaxAge() {
        verifier.accept("a.b.c", NOW.plusSeconds(3600));
        cache.decode("a.b.c");

        nanos.addAndGet(MAX_AGE.minusSeconds(1).toNanos());
        cache.decode("a.b.c");
        assertThat(verifier.asked).hasSize(1);

        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        verifier.refuseEverything();
        assertThatThrownBy(() -> cache.decode("a.b.c")).isInstanceOf(BadJwtException.class);
    }

    @Test
    void atMostMaxSizeTokensAreRemembered() {
        VerifiedTokenCache small = new VerifiedTokenCache(verifier, clock, MAX_AGE, 10, nanos::get);
        for (int i = 0; i < 1000; i++) {
            verifier.accept("a.b." + i, NOW.plusSeconds(3600));
            small.decode("a.b." + i);
        }

        assertThat(small.remembered()).isLessThanOrEqualTo(10);
    }

    /** Accepts the tokens it was told to, until told to refuse everything (a withdrawn key). */
    private static final class Verifier implements JwtDecoder {
        private final Map<String, Instant> accepted = new ConcurrentHashMap<>();
        private final List<String> asked = new ArrayList<>();

        void accept(String token, Instant expiresAt) {
            accepted.put(token, expiresAt);
        }

        void refuseEverything() {
            accepted.clear();
        }

        @Override
        public Jwt decode(String token) {
            asked.add(token);
            Instant expiresAt = accepted.get(token);
            if (expiresAt == null) {
                throw new BadJwtException("refused");
            }
            return Jwt.withTokenValue(token)
                    .header("alg", "RS256")
                    .claims(claims -> claims.put("scope", Set.of("read")))
                    .issuedAt(expiresAt.minusSeconds(3600))
                    .expiresAt(expiresAt)
                    .build();
        }
    }
}
