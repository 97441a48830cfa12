package org.tvilling.lequinox.access;

/** An application of a company, as its integration API key identifies it. */
record Application(String id, String companyId) {}
