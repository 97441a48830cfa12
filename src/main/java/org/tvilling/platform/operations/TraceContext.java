package org.tvilling.platform.operations;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The W3C Trace Context ({@code traceparent}, https://www.w3.org/TR/trace-context/) of one request: the
 * caller's trace id when it sent a valid header, a new one otherwise, and a new span id for this server.
 *
 * @param traceId 32 lowercase hex digits, not all zero
 * @param spanId 16 lowercase hex digits, not all zero
 * @param flags the caller's trace flags, {@code 00} for a new trace
 */
record TraceContext(String traceId, String spanId, String flags) {

    static final String HEADER = "traceparent";

    /** Version 00 exactly; a later version may append fields after the four this server reads. */
    private static final Pattern TRACEPARENT =
            Pattern.compile("([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?");

    private static final SecureRandom RANDOM = new SecureRandom();

    static TraceContext continueOrStart(@Nullable String traceparent) {
        if (traceparent != null) {
            Matcher header = TRACEPARENT.matcher(traceparent.strip());
            if (header.matches()
                    && !header.group(1).equals("ff")
                    && !(header.group(1).equals("00") && header.group(5) != null)
                    && !zero(header.group(2))
                    && !zero(header.group(3))) {
                return new TraceContext(header.group(2), newId(8), header.group(4));
            }
        }
        return new TraceContext(newId(16), newId(8), "00");
    }

    String header() {
        return "00-" + traceId + "-" + spanId + "-" + flags;
    }

    private static boolean zero(String hex) {
        return hex.chars().allMatch(c -> c == '0');
    }

    private static String newId(int bytes) {
        byte[] id = new byte[bytes];
        do {
            RANDOM.nextBytes(id);
        } while (zero(HexFormat.of().formatHex(id)));
        return HexFormat.of().formatHex(id);
    }
}
