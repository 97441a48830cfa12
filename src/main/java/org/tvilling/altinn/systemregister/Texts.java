package org.tvilling.altinn.systemregister;

/** A system's name or description in Norwegian bokmål, English and Norwegian nynorsk; all three required. */
record Texts(String nb, String en, String nn) {}
