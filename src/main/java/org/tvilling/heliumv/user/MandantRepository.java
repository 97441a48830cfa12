package org.tvilling.heliumv.user;

import static org.jooq.impl.DSL.row;
import static org.tvilling.db.heliumv.Tables.LOCALE;
import static org.tvilling.db.heliumv.Tables.MANDANT;

import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.springframework.stereotype.Repository;

@Repository
class MandantRepository {

    /** A client as every query of the family reads it, also nested in a contact's clients. */
    static final SelectField<Mandant> MANDANT_FELD =
            row(MANDANT.CNR, MANDANT.KBEZ, MANDANT.LOCALE, MANDANT.MEHRSPRACHIG).mapping(Mandant::new);

    private final DSLContext dsl;

    MandantRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<Mandant> find(String cnr) {
        return einer(MANDANT.CNR.eq(cnr));
    }

    /** "Fehlt logonEntry.client wird der Hauptmandant verwendet". */
    Optional<Mandant> hauptmandant() {
        return einer(MANDANT.HAUPTMANDANT.isTrue());
    }

    private Optional<Mandant> einer(Condition bedingung) {
        return dsl.select(MANDANT_FELD).from(MANDANT).where(bedingung).fetchOptional(Record1::value1);
    }

    /** Whether the language is one of the system's and active (else the logon fails, like code 86). */
    boolean istAktiv(String locale) {
        return dsl.fetchExists(LOCALE, LOCALE.CNR.eq(locale).and(LOCALE.AKTIV));
    }
}
