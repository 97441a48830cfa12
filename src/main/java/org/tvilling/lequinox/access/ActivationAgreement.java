package org.tvilling.lequinox.access;

/** An access's state and management, and the user agreement of its application that activation signs. */
record ActivationAgreement(State state, boolean managed, String title, String content) {}
