package org.tvilling.altinn.systemregister;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The organisation behind a request, from its Maskinporten-style token: the {@code consumer} claim
 * ({@code {"authority":"iso6523-actorid-upis","ID":"0192:<orgno>"}}, an object as Maskinporten writes it,
 * or the same object as a JSON string as Altinn's exchanged tokens carry it), and whether the token has the
 * admin scope, which may act for every vendor.
 *
 * @param admin the token has {@code altinn:authentication/systemregister.admin}
 * @param orgNumber the consumer's organisation number, or null when the claim is missing or not an ISO 6523
 *     0192 identifier
 */
record Caller(boolean admin, @Nullable String orgNumber) {

    static final String AUTHORITY_PREFIX = "SCOPE_";
    static final String WRITE_SCOPE = "altinn:authentication/systemregister.write";
    static final String ADMIN_SCOPE = "altinn:authentication/systemregister.admin";

    private static final String CONSUMER_CLAIM = "consumer";
    private static final String ISO6523_AUTHORITY = "iso6523-actorid-upis";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** The caller of the current request (the security filter chain has authenticated it). */
    static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return new Caller(false, null);
        }
        boolean admin = token.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch((AUTHORITY_PREFIX + ADMIN_SCOPE)::equals);
        return new Caller(admin, consumerOrgNumber(token.getToken().getClaims().get(CONSUMER_CLAIM)));
    }

    /** HasWriteAccess: the admin scope, or the consumer is the vendor (organisation numbers compared ignoring case). */
    boolean mayActFor(String vendorOrgNumber) {
        return admin || (orgNumber != null && orgNumber.equalsIgnoreCase(vendorOrgNumber));
    }

    /** Throws the 403 of a caller who may not act for the vendor. */
    void requireActingFor(String vendorOrgNumber) {
        if (!mayActFor(vendorOrgNumber)) {
            throw SystemRegisterException.forbidden();
        }
    }

    private static @Nullable String consumerOrgNumber(@Nullable Object claim) {
        Object consumer = claim;
        if (claim instanceof String text) {
            try {
                consumer = JSON.readValue(text, Map.class);
            } catch (JacksonException notJson) {
                return null;
            }
        }
        if (!(consumer instanceof Map<?, ?> fields)
                || !ISO6523_AUTHORITY.equals(fields.get("authority"))
                || !(fields.get("ID") instanceof String id)) {
            return null;
        }
        return VendorId.orgNumber(id);
    }
}
