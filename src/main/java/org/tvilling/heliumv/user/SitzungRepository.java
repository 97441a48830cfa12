package org.tvilling.heliumv.user;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.select;
import static org.tvilling.db.heliumv.Tables.SITZUNG;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions (LP_THECLIENT). A session is live while it has not been idle for the idle time; logout removes it.
 * Every check of a token is one statement that also restarts its idle time, so N instances agree.
 */
@Repository
class SitzungRepository {

    /** Expired sessions removed per logon, at most (the rest go with the next logons). */
    private static final int SWEEP = 500;

    private final DSLContext dsl;

    SitzungRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Opens a session of the given kind for the given id; the token is a random UUID (HELIUM V retries on a
     * collision, so does this).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    UUID eroeffnen(Sitzung.Art art, long id, String mandantCnr, String locale, OffsetDateTime jetzt) {
        while (true) {
            UUID token = UUID.randomUUID();
            int eroeffnet = dsl.insertInto(SITZUNG)
                    .set(SITZUNG.TOKEN, token)
                    .set(SITZUNG.ART, art.name())
                    .set(SITZUNG.MANDANT_CNR, mandantCnr)
                    .set(SITZUNG.LOCALE, locale)
                    .set(SITZUNG.BENUTZER_ID, art == Sitzung.Art.BENUTZER ? id : null)
                    .set(SITZUNG.ANSPRECHPARTNER_ID, art == Sitzung.Art.ANSPRECHPARTNER ? id : null)
                    .set(SITZUNG.PERSONAL_ID, art == Sitzung.Art.PERSONAL ? id : null)
                    .set(SITZUNG.ANGEMELDET_UM, jetzt)
                    .set(SITZUNG.ZULETZT_BENUTZT_UM, jetzt)
                    .onConflictDoNothing()
                    .execute();
            if (eroeffnet == 1) {
                return token;
            }
        }
    }

    /**
     * The live session of the token, its idle time restarted; empty when unknown or ended. One statement,
     * atomic on its own.
     */
    Optional<Sitzung> benutzen(UUID token, OffsetDateTime jetzt, Duration leerlauf) {
        return dsl.update(SITZUNG)
                .set(SITZUNG.ZULETZT_BENUTZT_UM, jetzt)
                .where(SITZUNG.TOKEN.eq(token), SITZUNG.ZULETZT_BENUTZT_UM.gt(jetzt.minus(leerlauf)))
                .returningResult(
                        SITZUNG.TOKEN,
                        SITZUNG.ART.convertFrom(Sitzung.Art::valueOf),
                        SITZUNG.BENUTZER_ID,
                        SITZUNG.ANSPRECHPARTNER_ID,
                        SITZUNG.PERSONAL_ID)
                .fetchOptional(mapping(Sitzung::new));
    }

    /**
     * Ends the session of the token; true when it was live (logout 200), false when unknown or ended (204). One
     * statement, atomic on its own.
     */
    boolean beenden(UUID token, OffsetDateTime jetzt, Duration leerlauf) {
        return dsl.deleteFrom(SITZUNG)
                .where(SITZUNG.TOKEN.eq(token))
                .returningResult(SITZUNG.ZULETZT_BENUTZT_UM)
                .fetchOptional(SITZUNG.ZULETZT_BENUTZT_UM)
                .filter(zuletzt -> zuletzt.isAfter(jetzt.minus(leerlauf)))
                .isPresent();
    }

    /**
     * Ends every other session of the session's user or contact (after a password change); the session itself
     * stays. Only in the transaction of the change, so that both happen or neither.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void andereBeenden(Sitzung sitzung) {
        Condition wessen = switch (sitzung.art()) {
            case BENUTZER -> SITZUNG.BENUTZER_ID.eq(sitzung.benutzerId());
            case ANSPRECHPARTNER -> SITZUNG.ANSPRECHPARTNER_ID.eq(sitzung.ansprechpartnerId());
            case PERSONAL -> SITZUNG.PERSONAL_ID.eq(sitzung.personalId());
        };
        dsl.deleteFrom(SITZUNG)
                .where(wessen, SITZUNG.ART.eq(sitzung.art().name()), SITZUNG.TOKEN.ne(sitzung.token()))
                .execute();
    }

    /**
     * Removes sessions that have ended by idling (as HELIUM V's loescheAlteLogons does on a logon), skipping
     * rows another instance is working on.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void aufraeumen(OffsetDateTime jetzt, Duration leerlauf) {
        dsl.deleteFrom(SITZUNG)
                .where(SITZUNG.TOKEN.in(select(SITZUNG.TOKEN)
                        .from(SITZUNG)
                        .where(SITZUNG.ZULETZT_BENUTZT_UM.le(jetzt.minus(leerlauf)))
                        .limit(SWEEP)
                        .forUpdate()
                        .skipLocked()))
                .execute();
    }
}
