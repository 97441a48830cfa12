package org.tvilling.lequinox.access;

import org.jspecify.annotations.Nullable;

/** A checked Create access request: what is stored, and the state it starts in. */
record NewAccess(
        AccessType type,
        String privateId,
        @Nullable String corporateId,
        @Nullable String corporateName,
        @Nullable String corporateRoleName,
        String firstName,
        String lastName,
        boolean managed,
        State state) {}
