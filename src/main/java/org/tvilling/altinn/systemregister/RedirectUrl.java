package org.tvilling.altinn.systemregister;

import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * AUTH.VLD-00005 "The valid format is https://xxx.xx": as the real service checks it, an absolute URI with
 * the scheme https, no pattern beyond that, and (for the "xxx.xx" of the message) an authority. Not a host
 * as {@link URI#getHost()} understands it: that parser gives up on hosts Altinn accepts, such as
 * internationalised names ({@code https://blåbær.no/cb}) or underscores ({@code https://my_app.example.com}).
 * Stored as the real service writes URIs back: an empty path becomes "/" ({@code https://vg.no} is returned
 * as {@code https://vg.no/}).
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
        String authority = uri.getRawAuthority();
        if (!uri.isAbsolute()
                || !"https".equalsIgnoreCase(uri.getScheme())
                || authority == null
                || authority.isEmpty()) {
            return null;
        }
        if (!uri.getRawPath().isEmpty()) {
            return url;
        }
        return "https://" + authority + "/"
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
    }
}
