package org.tvilling.heliumv.user;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.tvilling.db.heliumv.Tables.BENUTZER;
import static org.tvilling.db.heliumv.Tables.BENUTZER_MANDANT;

import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class BenutzerRepository {

    private final DSLContext dsl;

    BenutzerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The user with this user name (Benutzerkennung, exact), with the clients they have rights in. */
    Optional<Benutzer> findByKennung(String kennung) {
        return dsl.select(
                        BENUTZER.ID,
                        BENUTZER.KENNWORT_HASH,
                        BENUTZER.GESPERRT,
                        BENUTZER.GUELTIG_BIS,
                        BENUTZER.DEFAULT_MANDANT,
                        multiset(select(BENUTZER_MANDANT.MANDANT_CNR)
                                        .from(BENUTZER_MANDANT)
                                        .where(BENUTZER_MANDANT.BENUTZER_ID.eq(BENUTZER.ID)))
                                .convertFrom(rows -> Set.copyOf(rows.getValues(BENUTZER_MANDANT.MANDANT_CNR))))
                .from(BENUTZER)
                .where(BENUTZER.KENNUNG.eq(kennung))
                .fetchOptional(mapping(Benutzer::new));
    }

    @Transactional
    void kennwortAendern(long id, String kennwortHash) {
        dsl.update(BENUTZER)
                .set(BENUTZER.KENNWORT_HASH, kennwortHash)
                .where(BENUTZER.ID.eq(id))
                .execute();
    }
}
