package org.tvilling.heliumv.user;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Passwords of users and contacts, stored as bcrypt hashes with their encoder's id ({@code {bcrypt}…}), never
 * as HELIUM V's MD5 (design.md §5.2). Only bcrypt is mapped: Spring's default delegating encoder would also
 * verify {@code {noop}}, {@code {MD5}}, {@code {sha256}} … hashes, so a row written around this class could
 * carry a plain or weak password (the table's CHECK, migration V2_1, refuses them too). Argon2id is not
 * mapped, because its Spring encoder needs BouncyCastle, which the server does not ship: an Argon2 hash
 * could be stored but never verified. Not a bean of type PasswordEncoder, so that nothing else picks it up.
 */
@Component
class Kennwoerter {

    /** bcrypt reads at most 72 bytes; a longer password is refused rather than silently cut. */
    static final int LAENGSTES_IN_BYTES = 72;

    /** The encoder's id, as it prefixes every stored hash. */
    static final String BCRYPT = "bcrypt";

    private final PasswordEncoder encoder = encoder();

    /** Compared against when there is no account, so that an unknown name takes as long as a wrong password. */
    private final String niemandes = encoder.encode("kein Konto hat dieses Kennwort");

    /** Whether the password is the one of the hash; false without a hash, after the same amount of work. */
    boolean passt(String kennwort, @Nullable String hash) {
        if (zuLang(kennwort)) {
            encoder.matches(kennwort, niemandes);
            return false;
        }
        if (hash == null) {
            encoder.matches(kennwort, niemandes);
            return false;
        }
        return encoder.matches(kennwort, hash);
    }

    String hash(String kennwort) {
        if (zuLang(kennwort)) {
            throw new IllegalArgumentException("password longer than " + LAENGSTES_IN_BYTES + " bytes");
        }
        return encoder.encode(kennwort);
    }

    static boolean zuLang(String kennwort) {
        return kennwort.getBytes(StandardCharsets.UTF_8).length > LAENGSTES_IN_BYTES;
    }

    /**
     * bcrypt only; a hash of any other id (or none) never matches, after a bcrypt comparison of the same cost,
     * instead of the delegating encoder's exception (which would be an undocumented 500).
     */
    private static PasswordEncoder encoder() {
        BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();
        DelegatingPasswordEncoder delegating = new DelegatingPasswordEncoder(BCRYPT, Map.of(BCRYPT, bcrypt));
        String vergleich = bcrypt.encode("kein Kennwort passt zu einem fremden Verfahren");
        delegating.setDefaultPasswordEncoderForMatches(new PasswordEncoder() {
            @Override
            public String encode(@Nullable CharSequence rawPassword) {
                throw new UnsupportedOperationException("only bcrypt hashes are written");
            }

            @Override
            public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
                bcrypt.matches(rawPassword == null ? "" : rawPassword, vergleich);
                return false;
            }
        });
        return delegating;
    }
}
