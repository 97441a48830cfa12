package org.tvilling.heliumv.user;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;
import static org.tvilling.db.heliumv.Tables.ANSPRECHPARTNER;
import static org.tvilling.db.heliumv.Tables.KUNDE;
import static org.tvilling.db.heliumv.Tables.MANDANT;
import static org.tvilling.db.heliumv.Tables.STUECKLISTE;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

@Repository
class AnsprechpartnerRepository {

    private final DSLContext dsl;

    AnsprechpartnerRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * The contact with this e-mail address (stored lower-case), with every client in which its partner is a
     * customer and whether that customer has partlists there, by client number.
     */
    Optional<Ansprechpartner> findByEmail(String email) {
        return dsl.select(
                        ANSPRECHPARTNER.ID,
                        ANSPRECHPARTNER.KENNWORT_HASH,
                        multiset(select(
                                                MandantRepository.MANDANT_FELD,
                                                exists(selectOne()
                                                        .from(STUECKLISTE)
                                                        .where(STUECKLISTE.KUNDE_ID.eq(KUNDE.ID))))
                                        .from(KUNDE)
                                        .join(MANDANT)
                                        .on(MANDANT.CNR.eq(KUNDE.MANDANT_CNR))
                                        .where(KUNDE.PARTNER_ID.eq(ANSPRECHPARTNER.PARTNER_ID))
                                        .orderBy(MANDANT.CNR))
                                .convertFrom(rows -> rows.map(mapping(Ansprechpartner.Kundenmandant::new))))
                .from(ANSPRECHPARTNER)
                .where(ANSPRECHPARTNER.EMAIL.eq(email))
                .fetchOptional(mapping(Ansprechpartner::new));
    }

    @Transactional
    void kennwortAendern(long id, String kennwortHash) {
        dsl.update(ANSPRECHPARTNER)
                .set(ANSPRECHPARTNER.KENNWORT_HASH, kennwortHash)
                .where(ANSPRECHPARTNER.ID.eq(id))
                .execute();
    }
}
