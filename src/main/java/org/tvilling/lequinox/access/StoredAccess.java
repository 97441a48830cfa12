package org.tvilling.lequinox.access;

import org.jspecify.annotations.Nullable;

/** An access as stored: the Access schema's members, and the application it was created by. */
record StoredAccess(
        String accessId,
        String applicationId,
        AccessType type,
        String privateId,
        @Nullable String corporateId,
        @Nullable String corporateName,
        @Nullable String corporateRoleName,
        String firstName,
        String lastName,
        boolean managed,
        State state) {}
