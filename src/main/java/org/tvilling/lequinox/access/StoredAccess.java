package org.tvilling.lequinox.access;

/** An access as stored: its global ID, the application it was created by, and the Access schema's members. */
record StoredAccess(String accessId, String applicationId, AccessDetails details) {}
