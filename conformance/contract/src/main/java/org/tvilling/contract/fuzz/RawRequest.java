package org.tvilling.contract.fuzz;

import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An HTTP/1.1 request as it goes over the wire, byte for byte: what an ordinary client refuses to send (a
 * malformed escape, a header value with bytes 0x80–0x9F, a request line of any length) is sent as it is.
 *
 * @param method the request method
 * @param target the request target as sent: the raw path and query, escapes as they are
 * @param headers header fields in order; values are bytes (a header value is not text to HTTP)
 * @param body the body, empty for none
 */
public record RawRequest(String method, String target, List<Header> headers, byte[] body) {

    /** One header field; {@code value} goes on the wire as it is. */
    public record Header(String name, byte[] value) {

        public static Header of(String name, String value) {
            return new Header(name, value.getBytes(StandardCharsets.UTF_8));
        }

        /** The value as a server reads it (ISO-8859-1, byte by byte). */
        public String text() {
            return new String(value, StandardCharsets.ISO_8859_1);
        }
    }

    public RawRequest {
        headers = List.copyOf(headers);
        body = body.clone();
    }

    public static RawRequest of(String method, String target) {
        return new RawRequest(method, target, List.of(), new byte[0]);
    }

    public RawRequest with(Header header) {
        List<Header> more = new ArrayList<>(headers);
        more.add(header);
        return new RawRequest(method, target, more, body);
    }

    public RawRequest with(String name, String value) {
        return with(Header.of(name, value));
    }

    /** Without any header of this name (case-insensitive). */
    public RawRequest without(String name) {
        return new RawRequest(
                method,
                target,
                headers.stream()
                        .filter(header -> !header.name().equalsIgnoreCase(name))
                        .toList(),
                body);
    }

    /** The same request with this header's value replaced (added when it has none). */
    public RawRequest replacing(Header header) {
        return without(header.name()).with(header);
    }

    public RawRequest withTarget(String newTarget) {
        return new RawRequest(method, newTarget, headers, body);
    }

    public RawRequest withBody(byte[] newBody) {
        return new RawRequest(method, target, headers, newBody);
    }

    public @Nullable String header(String name) {
        return headers.stream()
                .filter(header -> header.name().equalsIgnoreCase(name))
                .map(Header::text)
                .findFirst()
                .orElse(null);
    }

    /** The raw path, without the query. */
    public String path() {
        int query = target.indexOf('?');
        return query < 0 ? target : target.substring(0, query);
    }

    /** The bytes of the whole request: request line, {@code Host}, the headers, framing, the body. */
    public byte[] bytes(String host) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(
                (method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\n").getBytes(StandardCharsets.UTF_8));
        for (Header header : headers) {
            out.writeBytes((header.name() + ": ").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(header.value());
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        if (body.length > 0 || method.equals("POST") || method.equals("PUT")) {
            out.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("Connection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(body);
        return out.toByteArray();
    }

    /**
     * The validator's view of the same request: the raw path, the query parameters decoded as a server would
     * (escapes that do not decode are kept as they are), header values as a server reads them.
     */
    public Request toValidatorRequest() {
        SimpleRequest.Builder request = new SimpleRequest.Builder(method.toUpperCase(Locale.ROOT), path(), true);
        int query = target.indexOf('?');
        if (query >= 0) {
            for (String pair : target.substring(query + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals));
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
                request.withQueryParam(name, value);
            }
        }
        for (Header header : headers) {
            request.withHeader(header.name(), header.text());
        }
        contentType().ifPresent(type -> request.withContentType(type));
        if (body.length > 0) {
            request.withBody(body);
        }
        return request.build();
    }

    private Optional<String> contentType() {
        return Optional.ofNullable(header("Content-Type"));
    }

    /** Percent-decoding as UTF-8 where the escapes are valid; anything else is kept as it is. */
    static String decode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && hex(text, i + 1) && hex(text, i + 2)) {
                bytes.writeBytes(literal.toString().getBytes(StandardCharsets.UTF_8));
                literal.setLength(0);
                bytes.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
                i += 2;
            } else {
                literal.append(c == '+' ? ' ' : c);
            }
        }
        bytes.writeBytes(literal.toString().getBytes(StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean hex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
    }
}
