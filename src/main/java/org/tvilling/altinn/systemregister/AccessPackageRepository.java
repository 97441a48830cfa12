package org.tvilling.altinn.systemregister;

import static org.jooq.Records.mapping;
import static org.tvilling.db.altinn.Tables.ACCESS_PACKAGE;

import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Access Management's access packages, as a system's packages are checked against them (AUTH.VLD-00008). */
@Repository
@Transactional(readOnly = true)
class AccessPackageRepository {

    private final DSLContext dsl;

    AccessPackageRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Those of the URNs that name a package, by URN. */
    Map<String, KnownAccessPackage> known(Collection<String> urns) {
        if (urns.isEmpty()) {
            return Map.of();
        }
        return dsl
                .select(ACCESS_PACKAGE.URN, ACCESS_PACKAGE.IS_DELEGABLE, ACCESS_PACKAGE.IS_ASSIGNABLE)
                .from(ACCESS_PACKAGE)
                .where(ACCESS_PACKAGE.URN.in(urns))
                .fetch(mapping(KnownAccessPackage::new))
                .stream()
                .collect(Collectors.toUnmodifiableMap(KnownAccessPackage::urn, Function.identity()));
    }
}
