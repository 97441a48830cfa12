package org.tvilling.lequinox.access;

/** A personal identity of a company (ExternalPersonalIdentity), as stored. */
record PersonalIdentity(
        String id, String firstName, String lastName, String emailAddress, boolean managed, State state) {}
