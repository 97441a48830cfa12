package org.tvilling.altinn.systemregister;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A system in the register.
 *
 * @param internalId the id the create answered with
 * @param vendorName the vendor's name where the organisation is known
 * @param clientIds empty once the system is deleted
 */
record RegisteredSystem(
        UUID internalId,
        String systemId,
        String vendorOrgNumber,
        @Nullable String vendorName,
        Texts name,
        Texts description,
        List<SystemRight> rights,
        List<String> accessPackages,
        List<String> clientIds,
        List<String> redirectUrls,
        boolean visible,
        boolean deleted) {}
