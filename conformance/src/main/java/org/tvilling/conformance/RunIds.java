package org.tvilling.conformance;

import java.security.SecureRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The ids of everything the suite creates, unique per run (never from {@code --seed}, which repeats), so that the
 * suite can run again and again against the same target: {@code <prefix><run><counter>}.
 */
public final class RunIds {

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

    private final SecureRandom random = new SecureRandom();
    private final String run;
    private final AtomicInteger counter = new AtomicInteger();

    public RunIds() {
        this.run = letters(8);
    }

    public String run() {
        return run;
    }

    /** e.g. {@code conf} → {@code confk3x9a2bq7}. */
    public String unique(String prefix) {
        return prefix + run + counter.incrementAndGet();
    }

    /** Random letters and digits, e.g. for a global id part or an unknown name. */
    public String letters(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return text.toString();
    }

    /** Random digits. */
    public String digits(int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }

    public String uuid() {
        return java.util.UUID.randomUUID().toString();
    }
}
