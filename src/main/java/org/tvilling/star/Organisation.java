package org.tvilling.star;

import java.util.Set;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * The organisation types of the "Tilladte organisationer" tables, as the token's {@code organisationType}
 * claim names them (design.md §5.1).
 */
public enum Organisation {
    A_KASSE("A-kasse"),
    JOBCENTER("JobCenter"),
    STAR("STAR"),
    KOMMUNE("Kommune"),
    ANDEN_AKTOER("AndenAktoer");

    public static final String CLAIM = "organisationType";

    private final String claimValue;

    Organisation(String claimValue) {
        this.claimValue = claimValue;
    }

    public String claimValue() {
        return claimValue;
    }

    /** Grants the request when the caller's token names one of these organisation types. */
    public static AuthorizationManager<RequestAuthorizationContext> tilladte(Organisation... allowed) {
        Set<String> values = java.util.Arrays.stream(allowed)
                .map(Organisation::claimValue)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        return new AuthorizationManager<>() {
            @Override
            public AuthorizationResult authorize(
                    Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
                // A token without the claim (another API's token of the same issuer) is no allowed organisation.
                return new AuthorizationDecision(authentication.get() instanceof JwtAuthenticationToken token
                        && token.getToken().getClaimAsString(CLAIM) instanceof String organisation
                        && values.contains(organisation));
            }
        };
    }
}
