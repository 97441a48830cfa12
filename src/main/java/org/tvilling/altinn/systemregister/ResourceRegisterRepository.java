package org.tvilling.altinn.systemregister;

import static org.tvilling.db.altinn.Tables.RESOURCE;

import java.util.Collection;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.springframework.stereotype.Repository;

/** Altinn's resource register, as the rights of a system are checked against it (AUTH.VLD-00003). */
@Repository
class ResourceRegisterRepository {

    private final DSLContext dsl;

    ResourceRegisterRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Those of the identifiers the register knows. */
    Set<String> known(Collection<String> identifiers) {
        if (identifiers.isEmpty()) {
            return Set.of();
        }
        return dsl.select(RESOURCE.IDENTIFIER)
                .from(RESOURCE)
                .where(RESOURCE.IDENTIFIER.in(identifiers))
                .fetchSet(Record1::value1);
    }
}
