package org.tvilling.heliumv.user;

import static org.tvilling.db.heliumv.Tables.PERSONAL;

import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class PersonalRepository {

    private final DSLContext dsl;

    PersonalRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The staff member of this client with this ID card (PersonalfindByCAusweis, within the client). */
    Optional<Long> findIdByAusweis(String mandantCnr, String ausweis) {
        return dsl.select(PERSONAL.ID)
                .from(PERSONAL)
                .where(PERSONAL.MANDANT_CNR.eq(mandantCnr), PERSONAL.AUSWEIS.eq(ausweis))
                .fetchOptional(PERSONAL.ID);
    }
}
