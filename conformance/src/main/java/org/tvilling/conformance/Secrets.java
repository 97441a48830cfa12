package org.tvilling.conformance;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every secret the suite holds (client secrets, tokens, passwords, keys, session tokens it was given): they never
 * appear in a report, wherever they would have been written.
 */
public final class Secrets {

    public static final String REDACTED = "<redacted>";

    /** Shorter values are too likely to occur by chance to be blanked everywhere. */
    private static final int SHORTEST = 4;

    private final Set<String> values = ConcurrentHashMap.newKeySet();

    public String add(String secret) {
        if (secret != null && secret.length() >= SHORTEST) {
            values.add(secret);
        }
        return secret;
    }

    /** The text with every known secret replaced, longest first (a token may contain a shorter secret). */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        List<String> longestFirst = values.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
        String redacted = text;
        for (String secret : longestFirst) {
            redacted = redacted.replace(secret, REDACTED);
        }
        return redacted;
    }
}
