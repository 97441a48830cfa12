package org.tvilling.lequinox.access;

/** An access as stored: its global ID and the Access schema's members. */
record StoredAccess(String accessId, AccessDetails details) {}
