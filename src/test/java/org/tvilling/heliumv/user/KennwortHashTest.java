package org.tvilling.heliumv.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tvilling.db.heliumv.Tables.ANSPRECHPARTNER;
import static org.tvilling.db.heliumv.Tables.BENUTZER;
import static org.tvilling.db.heliumv.Tables.PARTNER;
import static org.tvilling.heliumv.user.UserFixtures.DEMO;
import static org.tvilling.heliumv.user.UserFixtures.pw;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.tvilling.ApiTest;

/**
 * Passwords are stored as bcrypt hashes only (design.md §5.2, never MD5): the tables refuse every other form
 * (migration V2_1), and the server verifies nothing but bcrypt.
 */
class KennwortHashTest extends ApiTest {

    @Autowired
    Kennwoerter kennwoerter;

    @BeforeEach
    void heliumvWorld() {
        UserFixtures.reset(dsl);
    }

    /** Forms Spring's default delegating encoder would have verified, no encoder id, or no bcrypt hash. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{noop}demo-pw",
                "{MD5}5f4dcc3b5aa765d61d8327deb882cf99",
                "{sha256}97cde38028ad898ebc02e690819fa220e88c62e0699403e94fff291cfffaf8410849f27605abcbc0",
                "{argon2}$argon2id$v=19$m=16384,t=2,p=1$c29tZXNhbHQ$c29tZWhhc2g",
                "$2a$10$mFn8nqXrEh74HQz5LyeXruY1jioAbYPHuFVm.VD2Dr.pCccDaNyRW",
                "{bcrypt}demo-pw",
                "{bcrypt}$2a$10$mFn8nqXrEh74HQz5LyeXruY1jioAbYPHuFVm.VD2Dr.pCccDaNyRW trailing"
            })
    void benutzer_hashThatIsNoBcrypt_isRefusedByTheDatabase(String hash) {
        assertThatThrownBy(() -> dsl.insertInto(BENUTZER)
                        .set(BENUTZER.KENNUNG, "klartext")
                        .set(BENUTZER.KENNWORT_HASH, hash)
                        .execute())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("benutzer_kennwort_hash");
        assertThatThrownBy(() -> dsl.update(BENUTZER)
                        .set(BENUTZER.KENNWORT_HASH, hash)
                        .where(BENUTZER.KENNUNG.eq(DEMO))
                        .execute())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("benutzer_kennwort_hash");
    }

    @Test
    void ansprechpartner_noopHash_isRefusedByTheDatabase() {
        long partner = dsl.insertInto(PARTNER)
                .set(PARTNER.NAME, "Klartext KG")
                .returning(PARTNER.ID)
                .fetchOne(PARTNER.ID);

        assertThatThrownBy(() -> dsl.insertInto(ANSPRECHPARTNER)
                        .set(ANSPRECHPARTNER.PARTNER_ID, partner)
                        .set(ANSPRECHPARTNER.EMAIL, "klartext@kunde.example")
                        .set(ANSPRECHPARTNER.KENNWORT_HASH, "{noop}kontakt-pw")
                        .execute())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ansprechpartner_kennwort_hash");
    }

    @Test
    void benutzer_hashTheServerWrites_isAccepted() {
        String hash = kennwoerter.hash("neu-pw");

        int inserted = dsl.insertInto(BENUTZER)
                .set(BENUTZER.KENNUNG, "neu")
                .set(BENUTZER.KENNWORT_HASH, hash)
                .execute();

        assertThat(inserted).isOne();
        assertThat(hash).startsWith("{bcrypt}$2a$10$");
    }

    /** A row written around the CHECK (or before it) never lets anyone in, and is no 500 either. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "{noop}demo-pw",
                "{MD5}{salt}3d3b3c1c3ba34a34d9b5e3b7e3cb9b92",
                "{argon2}$argon2id$v=19$m=16384,t=2,p=1$c29tZXNhbHQ$c29tZWhhc2g",
                "demo-pw"
            })
    void kennwoerter_hashThatIsNoBcrypt_neverMatches(String hash) {
        assertThat(kennwoerter.passt(pw(DEMO), hash)).isFalse();
    }

    @Test
    void kennwoerter_bcryptHash_matchesItsPasswordOnly() {
        String hash = UserFixtures.hash(pw(DEMO));

        assertThat(kennwoerter.passt(pw(DEMO), hash)).isTrue();
        assertThat(kennwoerter.passt("falsch", hash)).isFalse();
    }
}
