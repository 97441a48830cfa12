package org.tvilling.conformance;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A caller of the bearer-token APIs named by the profile: how to get its token, and what the token says about it,
 * from which the suite derives what each operation must answer it.
 *
 * @param clientId with {@code clientSecret}: the client of the {@code client_credentials} grant
 * @param token a static token instead
 * @param scopes the scopes asked for and granted
 * @param organisationType STAR's organisation type (the claim {@code organisationType})
 * @param organisation the organisation number of Altinn's {@code consumer} claim
 */
public record Role(
        String name,
        @Nullable String clientId,
        @Nullable String clientSecret,
        @Nullable String token,
        List<String> scopes,
        @Nullable String organisationType,
        @Nullable String organisation) {

    public String describe() {
        StringBuilder text = new StringBuilder(name);
        if (organisationType != null) {
            text.append(" (organisationType ").append(organisationType).append(')');
        }
        if (organisation != null) {
            text.append(" (organisation ").append(organisation).append(')');
        }
        if (!scopes.isEmpty()) {
            text.append(" (scope ").append(String.join(" ", scopes)).append(')');
        }
        return text.toString();
    }
}
