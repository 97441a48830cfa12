package org.tvilling;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * What the tests of every family send to prove that a request refused before its operation is answered in the
 * family's own format (issue 9).
 */
public final class EdgeRequests {

    private EdgeRequests() {}

    /** A header field that takes the request over the server's 32 KiB of request line and header fields. */
    public static final Map<String, String> OVERSIZED_HEADER = Map.of("X-Oversized", "a".repeat(40_000));

    /**
     * Header values a client can send that the firewall refuses: UTF-8 of an emoji and of a fullwidth digit,
     * both holding bytes 0x80–0x9F, which a server reads as C1 control characters (ISO-8859-1).
     */
    public static final List<byte[]> CONTROL_BYTES =
            List.of("😀".getBytes(StandardCharsets.UTF_8), "１".getBytes(StandardCharsets.UTF_8));

    /** Escapes in a path segment that Tomcat or the firewall refuses (slash, backslash, NUL, bad, percent). */
    public static final List<String> REFUSED_ESCAPES = List.of("%2F", "%5C", "%00", "%zz", "%25");

    /** {@code Accept} headers that admit no JSON (nor XML). */
    public static final List<String> NO_JSON = List.of("text/plain", "application/xml", "text/html");

    /** JSON with a charset parameter, which JSON does not have (RFC 8259 §11): the server answers UTF-8 JSON. */
    public static final String JSON_IN_UTF16 = "application/json;charset=utf-16";
}
