package org.tvilling.lequinox.access;

import org.jspecify.annotations.Nullable;

/** What Update access may change; type, private ID, corporate ID and managed cannot change. */
record AccessChanges(
        String firstName,
        String lastName,
        @Nullable String corporateName,
        @Nullable String corporateRoleName,
        State state) {}
