package org.tvilling.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Spring Security's bearer token resolution (RFC 6750 §2.1, the Authorization header only, as its defaults
 * have it), without its regular expression on the well-formed header: the case-insensitive pattern cost more
 * CPU per request than the rest of the authentication (benchmarks/README.md). A header that is not well
 * formed goes to {@link DefaultBearerTokenResolver} itself, so every refusal is Spring's own.
 */
final class BearerTokens implements BearerTokenResolver {

    private static final String SCHEME = "Bearer ";

    private final DefaultBearerTokenResolver spring = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length() - 1)) {
            return spring.resolve(request);
        }
        return wellFormed(authorization) ? authorization.substring(SCHEME.length()) : spring.resolve(request);
    }

    /** "Bearer" (any case), one space, then b64token: 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"=". */
    static boolean wellFormed(String authorization) {
        int length = authorization.length();
        if (length <= SCHEME.length() || !b64tokenCharacter(authorization.charAt(SCHEME.length()))) {
            return false;
        }
        for (int i = 0; i < SCHEME.length(); i++) {
            // ASCII case folding only, as the pattern's CASE_INSENSITIVE without UNICODE_CASE
            char c = authorization.charAt(i);
            char expected = SCHEME.charAt(i);
            if (c != expected && !(Character.isLetter(expected) && c < 128 && (c ^ 0x20) == expected)) {
                return false;
            }
        }
        int i = SCHEME.length() + 1;
        while (i < length && b64tokenCharacter(authorization.charAt(i))) {
            i++;
        }
        while (i < length && authorization.charAt(i) == '=') {
            i++;
        }
        return i == length;
    }

    private static boolean b64tokenCharacter(char c) {
        return (c >= 'a' && c <= 'z')
                || (c >= 'A' && c <= 'Z')
                || (c >= '0' && c <= '9')
                || c == '-'
                || c == '.'
                || c == '_'
                || c == '~'
                || c == '+'
                || c == '/';
    }
}
