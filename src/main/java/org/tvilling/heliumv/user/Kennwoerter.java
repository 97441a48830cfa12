package org.tvilling.heliumv.user;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Passwords of users and contacts, stored as adaptive hashes with their encoder's id ({@code {bcrypt}…}),
 * never as HELIUM V's MD5. Not a bean of type PasswordEncoder, so that nothing else picks it up.
 */
@Component
class Kennwoerter {

    /** bcrypt reads at most 72 bytes; a longer password is refused rather than silently cut. */
    static final int LAENGSTES_IN_BYTES = 72;

    private final PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    /** Compared against when there is no account, so that an unknown name takes as long as a wrong password. */
    private final String niemandes = encoder.encode("kein Konto hat dieses Kennwort");

    /** Whether the password is the one of the hash; false without a hash, after the same amount of work. */
    boolean passt(String kennwort, @Nullable String hash) {
        if (zuLang(kennwort)) {
            encoder.matches("", niemandes);
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
}
