package org.tvilling.heliumv.user;

/**
 * A client (Mandant): its number ("001"), short name, locale ("deAT") and whether it accepts other languages
 * than its own (Mehrsprachigkeit).
 */
record Mandant(String cnr, String kbez, String locale, boolean mehrsprachig) {}
