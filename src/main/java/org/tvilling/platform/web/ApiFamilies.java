package org.tvilling.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one place that answers refused requests (design.md §8, last paragraph): the family is chosen by the
 * request's path, the family renders its answer, and the refusal is logged as one line below ERROR, without a
 * stack trace (a refused request is the client's error). Paths outside every family's base paths are answered
 * in the platform's own format, an RFC 9457 problem document.
 */
@Component
public class ApiFamilies {

    private static final Logger log = LoggerFactory.getLogger(ApiFamilies.class);

    private static final Pattern PATH_PARAMETERS = Pattern.compile(";[^/]*");

    private static final Pattern REPEATED_SLASHES = Pattern.compile("/{2,}");

    private final List<ApiFamily> families;

    private final PlatformProblems platform;

    ApiFamilies(List<ApiFamily> families, JsonMapper json) {
        this.families = families.stream()
                .sorted(Comparator.comparingInt(
                                (ApiFamily family) -> family.basePath().length())
                        .reversed())
                .toList();
        this.platform = new PlatformProblems(json);
    }

    /**
     * The family whose base path the request's path is in, or the platform's format. The path is taken as the
     * server routes it: without its query, path parameters ({@code ;…}) and repeated slashes, escapes decoded.
     */
    public ApiFamily of(@Nullable String rawPath) {
        return family(rawPath).orElse(platform);
    }

    /** The API family of the path, routed as {@link #of} does; empty for the platform's own answers. */
    public Optional<ApiFamily> family(@Nullable String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return Optional.empty();
        }
        String path = routed(rawPath);
        for (ApiFamily family : families) {
            if (path.startsWith(family.basePath())) {
                return Optional.of(family);
            }
        }
        return Optional.empty();
    }

    /**
     * Answers the refused request in the format of the family of {@code rawPath} (the path the client sent,
     * which differs from the request's own during an error dispatch), and logs it in one line.
     */
    public void refuse(
            Refusal refusal, @Nullable String rawPath, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        ApiFamily family = of(rawPath);
        if (response.isCommitted()) {
            log.info(
                    "{} {} was refused ({}) after its answer had begun; the answer is left as it is",
                    request.getMethod(),
                    loggable(family),
                    refusal.reason());
            return;
        }
        response.resetBuffer();
        refusal.headers().forEach((name, values) -> {
            response.setHeader(name, null);
            values.forEach(value -> response.addHeader(name, value));
        });
        family.refuse(refusal, request, response);
        log.info(
                "Refused {} {}: {}{}, answered {}",
                request.getMethod(),
                loggable(family),
                refusal.reason(),
                refusal.element() == null ? "" : " (" + refusal.element() + ")",
                response.getStatus());
    }

    /**
     * Answers an error status that is no refusal (a 401 or 403 the token endpoint sent through the error page,
     * say) in the platform's format, keeping the status.
     */
    public void answer(int status, @Nullable String rawPath, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        platform.write(HttpStatusCode.valueOf(status), null, response);
        log.info("Answered {} {} with {} in the platform's format", request.getMethod(), loggable(of(rawPath)), status);
    }

    static String routed(String rawPath) {
        int query = rawPath.indexOf('?');
        String path = query < 0 ? rawPath : rawPath.substring(0, query);
        if (routedAsItIs(path)) {
            return path;
        }
        path = PATH_PARAMETERS.matcher(path).replaceAll("");
        return withoutDotSegments(REPEATED_SLASHES.matcher(leniently(path)).replaceAll("/"));
    }

    /**
     * A path without path parameters, escapes, repeated slashes or dot segments routes as it is: nearly every
     * request, which then skips the rewriting below (it ran for each request, several times).
     */
    private static boolean routedAsItIs(String path) {
        return path.startsWith("/")
                && path.indexOf(';') < 0
                && path.indexOf('%') < 0
                && !path.contains("//")
                && !path.contains("/.");
    }

    /** RFC 3986's remove_dot_segments, as the container resolves {@code /x/../star/…} to {@code /star/…}. */
    private static String withoutDotSegments(String path) {
        java.util.Deque<String> segments = new java.util.ArrayDeque<>();
        for (String segment : path.split("/", -1)) {
            if (segment.equals("..")) {
                segments.pollLast();
            } else if (!segment.equals(".")) {
                segments.addLast(segment);
            }
        }
        String resolved = String.join("/", segments);
        return resolved.startsWith("/") ? resolved : "/" + resolved;
    }

    /** Percent-decodes the valid escapes (as UTF-8, malformed sequences replaced) and keeps the rest as it is. */
    private static String leniently(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(path.length());
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c == '%' && isHex(path, i + 1) && isHex(path, i + 2)) {
                bytes.write(HexFormat.fromHexDigits(path, i + 1, i + 3));
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
    }

    /**
     * Where a refused request went, without anything the caller wrote in its path: a path can hold a session
     * token (HELIUM V's {@code logout/{token}}) or other values that must not reach a log, and the request's own
     * log line names its operation (platform.operations.RequestLogFilter). So: the family's base path only.
     */
    private String loggable(ApiFamily family) {
        return family == platform ? "(a path outside the APIs)" : family.basePath() + "…";
    }
}
