package org.tvilling.heliumv.user;

import static org.jooq.Records.mapping;
import static org.tvilling.db.heliumv.Tables.LOCALE;
import static org.tvilling.db.heliumv.Tables.MANDANT;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
@Transactional(readOnly = true)
class MandantRepository {

    private final DSLContext dsl;

    MandantRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Mandant> find(String cnr) {
        return dsl.select(MANDANT.CNR, MANDANT.KBEZ, MANDANT.LOCALE, MANDANT.HAUPTMANDANT, MANDANT.MEHRSPRACHIG)
                .from(MANDANT)
                .where(MANDANT.CNR.eq(cnr))
                .fetchOptional(mapping(Mandant::new));
    }

    /** "Fehlt logonEntry.client wird der Hauptmandant verwendet". */
    Optional<Mandant> hauptmandant() {
        return dsl.select(MANDANT.CNR, MANDANT.KBEZ, MANDANT.LOCALE, MANDANT.HAUPTMANDANT, MANDANT.MEHRSPRACHIG)
                .from(MANDANT)
                .where(MANDANT.HAUPTMANDANT)
                .fetchOptional(mapping(Mandant::new));
    }

    /** Whether the language is one of the system's and active (else the logon fails, like code 86). */
    boolean istAktiv(String locale) {
        return dsl.fetchExists(LOCALE, LOCALE.CNR.eq(locale).and(LOCALE.AKTIV));
    }
}
