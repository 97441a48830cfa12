package org.tvilling.altinn.systemregister;

import static org.tvilling.db.altinn.Tables.ACCESS_PACKAGE;

import java.util.Collection;
import java.util.Map;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Access Management's access packages, as a system's packages are checked against them (AUTH.VLD-00008). */
@Repository
class AccessPackageRepository {

    private final DSLContext dsl;

    AccessPackageRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Those of the URNs that name a package, each with whether it is delegable. */
    Map<String, Boolean> delegable(Collection<String> urns) {
        if (urns.isEmpty()) {
            return Map.of();
        }
        return dsl.select(ACCESS_PACKAGE.URN, ACCESS_PACKAGE.IS_DELEGABLE)
                .from(ACCESS_PACKAGE)
                .where(ACCESS_PACKAGE.URN.in(urns))
                .fetchMap(ACCESS_PACKAGE.URN, ACCESS_PACKAGE.IS_DELEGABLE);
    }
}
