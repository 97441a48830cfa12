package org.tvilling.lequinox.access;

import java.security.SecureRandom;
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

    private static String random(int length) {
        StringBuilder part = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            part.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return part.toString();
    }
}
