package org.tvilling.lequinox.access;

/** A checked Create external personal identity request; the platform creates it managed and ACTIVE. */
record NewPersonalIdentity(String firstName, String lastName, String emailAddress) {}
