package org.tvilling.lequinox.access;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The application the request's key identified, as the security filter left it for the delegates. */
final class CallingApplication extends AbstractAuthenticationToken {

    private final Application application;

    CallingApplication(Application application) {
        super(List.of());
        this.application = application;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Application getPrincipal() {
        return application;
    }

    /** The calling application; only requests with a known key reach a controller. */
    static Application get() {
        Authentication authentication =
                SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        if (authentication instanceof CallingApplication calling) {
            return calling.application;
        }
        throw new IllegalStateException("No application: the request did not pass the Lequinox key filter");
    }
}
