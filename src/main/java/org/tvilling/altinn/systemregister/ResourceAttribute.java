package org.tvilling.altinn.systemregister;

/** One attribute pair of a right: {@code id} "urn:altinn:resource", {@code value} the resource's identifier. */
record ResourceAttribute(String id, String value) {}
