package org.tvilling.altinn.systemregister;

import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * AUTH.VLD-00005 "The valid format is https://xxx.xx": as the real service checks it, an absolute URI with
 * the scheme https (and a host), no pattern beyond that. Stored as the real service writes URIs back: an
 * empty path becomes "/" ({@code https://vg.no} is returned as {@code https://vg.no/}).
 */
final class RedirectUrl {

    private RedirectUrl() {}

    /** The URL as stored, or null when it is not a valid redirect URL. */
    static @Nullable String normalised(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException notAUri) {
            return null;
        }
        if (!uri.isAbsolute() || !"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null) {
            return null;
        }
        if (!uri.getRawPath().isEmpty()) {
            return url;
        }
        return "https://" + uri.getRawAuthority() + "/"
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }
}
