package org.tvilling.altinn.systemregister;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A system as its vendor registers or replaces it (RegisterSystemRequest), with {@code id} and
 * {@code vendor.ID} trimmed and the vendor reduced to its organisation number.
 *
 * @param accessPackages the URNs as given (an absent {@code urn} is null, and invalid)
 */
record SystemDefinition(
        String systemId,
        String vendorOrgNumber,
        Texts name,
        Texts description,
        List<SystemRight> rights,
        List<@Nullable String> accessPackages,
        List<String> clientIds,
        List<String> redirectUrls,
        boolean visible) {

    SystemDefinition {
        rights = List.copyOf(rights);
        accessPackages = Collections.unmodifiableList(new ArrayList<>(accessPackages));
        clientIds = List.copyOf(clientIds);
        redirectUrls = List.copyOf(redirectUrls);
    }
}
