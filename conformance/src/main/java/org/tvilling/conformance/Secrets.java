package org.tvilling.conformance;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every secret the suite holds (client secrets, tokens, passwords, keys, session tokens it was given): they never
 * appear in a report, wherever they would have been written; a reader sees what stood there
 * ({@code <redacted: role vendor's token>}).
 */
public final class Secrets {

    /** Shorter values are too likely to occur by chance to be blanked everywhere. */
    private static final int SHORTEST = 4;

    private final Map<String, String> labels = new ConcurrentHashMap<>();

    /** Adds a secret and gives it back; {@code what} says what it is, for the reader of a report. */
    public String add(String secret, String what) {
        if (secret != null && secret.length() >= SHORTEST) {
            labels.putIfAbsent(secret, what);
        }
        return secret;
    }

    /** The text with every known secret replaced, longest first (a token may contain a shorter secret). */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        List<Map.Entry<String, String>> longestFirst = labels.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> entry) ->
                                entry.getKey().length())
                        .reversed())
                .toList();
        String redacted = text;
        for (Map.Entry<String, String> secret : longestFirst) {
            redacted = redacted.replace(secret.getKey(), "<redacted: " + secret.getValue() + ">");
        }
        return redacted;
    }
}
