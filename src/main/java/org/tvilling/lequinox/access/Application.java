package org.tvilling.lequinox.access;

/**
 * An application of a company, as its integration API key identifies it, with the user agreement its
 * platform-managed accesses are activated under.
 */
record Application(String id, String companyId, String name, String agreementTitle, String agreementContent) {}
