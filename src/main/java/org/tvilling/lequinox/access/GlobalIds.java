package org.tvilling.lequinox.access;

import java.security.SecureRandom;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * The platform's global IDs: 4+8+8 letters (both cases) and digits separated by full stops, the first part
 * being the company ID, e.g. {@code se03.Y7piBURe.6WkhTKEB}. New ones are random (62^16 possibilities per
 * company); the primary key catches the improbable repeat, and the insert is retried with another.
 */
final class GlobalIds {

    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9]{4}\\.[A-Za-z0-9]{8}\\.[A-Za-z0-9]{8}");
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom random = new SecureRandom();

    /** Attempts at a fresh ID before a write gives up (each collides with probability ~n/62^16). */
    static final int ATTEMPTS = 5;

    private GlobalIds() {}

    static boolean valid(String id) {
        return id != null && FORMAT.matcher(id).matches();
    }

    /** The company part of a valid global ID. */
    static String company(String id) {
        return id.substring(0, 4);
    }

    static String next(String companyId) {
        return companyId + '.' + random(8) + '.' + random(8);
    }

    /**
     * Writes a new row under a fresh ID of the company: {@code insert} tries the ID and answers whether the row
     * went in (false: the ID was taken). The ID it went in under.
     */
    static String insertUnderFreshId(String companyId, Predicate<String> insert) {
        return insertUnderFreshId(() -> next(companyId), insert);
    }

    static String insertUnderFreshId(Supplier<String> ids, Predicate<String> insert) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            String id = ids.get();
            if (insert.test(id)) {
                return id;
            }
        }
        throw new IllegalStateException("No free global ID after " + ATTEMPTS + " attempts");
    }

    private static String random(int length) {
        StringBuilder part = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            part.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return part.toString();
    }
}
