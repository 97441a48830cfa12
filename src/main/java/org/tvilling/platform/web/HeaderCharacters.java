package org.tvilling.platform.web;

/**
 * The strict firewall's rules for header names and values ({@code StrictHttpFirewall.ALLOWED_HEADER_NAMES} and
 * {@code ALLOWED_HEADER_VALUES}: every code point assigned and no control character, a value allowing the tab),
 * checked code point by code point instead of by its regular expressions: on a request carrying a bearer token
 * the expression over the token's hundreds of characters was about 5 % of the server's CPU time
 * (benchmarks/README.md). {@code HeaderCharactersTest} holds both to the library's own predicates on every code
 * point.
 */
final class HeaderCharacters {

    private HeaderCharacters() {}

    static boolean name(String name) {
        return allowed(name, false);
    }

    static boolean value(String value) {
        return allowed(value, true);
    }

    private static boolean allowed(String text, boolean tab) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c >= 0x20 && c < 0x7f) {
                i++;
                continue;
            }
            int type = Character.getType(c);
            if (type == Character.UNASSIGNED || (type == Character.CONTROL && !(tab && c == '\t'))) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
