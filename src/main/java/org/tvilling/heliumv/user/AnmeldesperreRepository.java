package org.tvilling.heliumv.user;

import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.tvilling.db.heliumv.Tables.ANMELDESPERRE;
import static org.tvilling.db.heliumv.Tables.FEHLANMELDUNG;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Failed-logon throttling in the database (design.md §5.2): at most {@link #HOECHSTENS} failures per name
 * within {@link #FENSTER}; beyond that, every attempt is refused until the window has passed. An attempt
 * locks its name's row for its whole transaction, so that concurrent attempts on one name (on any number of
 * instances) are counted one after the other and none slips through.
 */
@Repository
@Transactional(propagation = Propagation.MANDATORY)
class AnmeldesperreRepository {

    static final int HOECHSTENS = 5;
    static final Duration FENSTER = Duration.ofMinutes(10);

    /** The column's width: longer names are cut (no account has a name that long). */
    static final int LAENGSTER_NAME = 320;

    /** Stale rows of other names removed per attempt, at most. */
    private static final int SWEEP = 100;

    /**
     * What a name is: a user name, a contact's e-mail address, an ID card number, the client of an ID-card
     * logon (the card number being the only secret there, guessing many cards must be counted somewhere).
     */
    enum Bereich {
        BENUTZER,
        ANSPRECHPARTNER,
        AUSWEIS,
        AUSWEIS_MANDANT
    }

    private final DSLContext dsl;
    private final MeterRegistry meters;

    AnmeldesperreRepository(DSLContext dsl, MeterRegistry meters) {
        this.dsl = dsl;
        this.meters = meters;
    }

    /**
     * Starts an attempt on the name: locks its row and forgets failures that have left the window. Returns
     * how long the name is still refused, if it is.
     */
    Optional<Duration> versuchen(Bereich bereich, String name, OffsetDateTime jetzt) {
        String schluessel = schluessel(name);
        OffsetDateTime fensterBeginn = jetzt.minus(FENSTER);
        aufraeumen(fensterBeginn);
        dsl.insertInto(ANMELDESPERRE)
                .set(ANMELDESPERRE.BEREICH, bereich.name())
                .set(ANMELDESPERRE.NAME, schluessel)
                .set(ANMELDESPERRE.LETZTER_VERSUCH, jetzt)
                .onConflict(ANMELDESPERRE.BEREICH, ANMELDESPERRE.NAME)
                .doUpdate()
                .set(ANMELDESPERRE.LETZTER_VERSUCH, jetzt)
                .execute();
        dsl.deleteFrom(FEHLANMELDUNG)
                .where(
                        FEHLANMELDUNG.BEREICH.eq(bereich.name()),
                        FEHLANMELDUNG.NAME.eq(schluessel),
                        FEHLANMELDUNG.ZEITPUNKT.le(fensterBeginn))
                .execute();
        List<OffsetDateTime> fehler = dsl.select(FEHLANMELDUNG.ZEITPUNKT)
                .from(FEHLANMELDUNG)
                .where(FEHLANMELDUNG.BEREICH.eq(bereich.name()), FEHLANMELDUNG.NAME.eq(schluessel))
                .orderBy(FEHLANMELDUNG.ZEITPUNKT.desc())
                .limit(HOECHSTENS)
                .fetch(FEHLANMELDUNG.ZEITPUNKT);
        if (fehler.size() < HOECHSTENS) {
            return Optional.empty();
        }
        meters.counter("tvilling.heliumv.logons.throttled", "name", bereich.name())
                .increment();
        // Refused until the oldest of the latest HOECHSTENS failures leaves the window.
        return Optional.of(Duration.between(jetzt, fehler.getLast().plus(FENSTER)));
    }

    /** A failed attempt: it counts for the window. */
    void fehlgeschlagen(Bereich bereich, String name, OffsetDateTime jetzt) {
        dsl.insertInto(FEHLANMELDUNG)
                .set(FEHLANMELDUNG.BEREICH, bereich.name())
                .set(FEHLANMELDUNG.NAME, schluessel(name))
                .set(FEHLANMELDUNG.ZEITPUNKT, jetzt)
                .execute();
    }

    /** A successful logon: the name's earlier failures no longer count. */
    void erfolgreich(Bereich bereich, String name) {
        dsl.deleteFrom(ANMELDESPERRE)
                .where(ANMELDESPERRE.BEREICH.eq(bereich.name()), ANMELDESPERRE.NAME.eq(schluessel(name)))
                .execute();
    }

    /** Rows whose last attempt has left the window have no failure that counts; rows in use are skipped. */
    private void aufraeumen(OffsetDateTime fensterBeginn) {
        dsl.deleteFrom(ANMELDESPERRE)
                .where(row(ANMELDESPERRE.BEREICH, ANMELDESPERRE.NAME)
                        .in(select(ANMELDESPERRE.BEREICH, ANMELDESPERRE.NAME)
                                .from(ANMELDESPERRE)
                                .where(ANMELDESPERRE.LETZTER_VERSUCH.le(fensterBeginn))
                                .limit(SWEEP)
                                .forUpdate()
                                .skipLocked()))
                .execute();
    }

    private static String schluessel(String name) {
        return name.length() <= LAENGSTER_NAME ? name : name.substring(0, LAENGSTER_NAME);
    }
}
