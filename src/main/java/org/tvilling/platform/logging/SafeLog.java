package org.tvilling.platform.logging;

import java.util.regex.Pattern;

/**
 * Describes failures for the log without the personal numbers they may carry: a database error can quote
 * the value that broke a constraint, and a CPR number must never reach a log.
 */
public final class SafeLog {

    private static final Pattern TEN_DIGITS = Pattern.compile("(?<![0-9])[0-9]{6}-?[0-9]{4}(?![0-9])");

    private SafeLog() {}

    /** Masks every run of ten digits (with or without the dash of a CPR number). */
    public static String mask(String text) {
        return TEN_DIGITS.matcher(text).replaceAll("**********");
    }

    /** Long messages (a failed statement's whole SQL) are cut: the log needs the kind of failure, not all of it. */
    private static final int LONGEST_MESSAGE = 600;

    private static String shortened(String message) {
        return message.length() <= LONGEST_MESSAGE ? message : message.substring(0, LONGEST_MESSAGE) + " […]";
    }

    /** The chain of causes, each as its class and masked message, with the place it was thrown. */
    public static String describe(Throwable failure) {
        StringBuilder description = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (!description.isEmpty()) {
                description.append(" <- caused by ");
            }
            description.append(cause.getClass().getName());
            if (cause.getMessage() != null) {
                description.append(": ").append(mask(shortened(cause.getMessage())));
            }
            StackTraceElement[] trace = cause.getStackTrace();
            if (trace.length > 0) {
                description.append(" at ").append(trace[0]);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return description.toString();
    }
}
