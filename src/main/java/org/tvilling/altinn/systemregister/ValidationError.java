package org.tvilling.altinn.systemregister;

import java.util.Map;

/**
 * One AUTH.VLD error of a request, with the extra detail members the real service adds to some (the
 * resources or access packages that failed, e.g. {@code "Invalid Urn Details : "}).
 */
record ValidationError(ValidationCode code, Map<String, String> details) {

    ValidationError {
        details = Map.copyOf(details);
    }

    static ValidationError of(ValidationCode code) {
        return new ValidationError(code, Map.of());
    }
}
