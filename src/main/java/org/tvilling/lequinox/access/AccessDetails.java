package org.tvilling.lequinox.access;

import org.jspecify.annotations.Nullable;

/**
 * An access's members but its ID: what a checked Create access request stores, with the state it starts in,
 * and what is read back under the ID.
 */
record AccessDetails(
        AccessType type,
        String privateId,
        @Nullable String corporateId,
        @Nullable String corporateName,
        @Nullable String corporateRoleName,
        String firstName,
        String lastName,
        boolean managed,
        State state) {}
