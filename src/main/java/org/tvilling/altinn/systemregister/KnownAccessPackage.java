package org.tvilling.altinn.systemregister;

/** An access package of Access Management with its two flags. */
record KnownAccessPackage(String urn, boolean delegable, boolean assignable) {}
