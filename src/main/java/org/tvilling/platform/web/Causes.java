package org.tvilling.platform.web;

import org.jspecify.annotations.Nullable;

/**
 * The families answer by what a failure really is (Jackson's report of a body, the driver's report of a
 * violated constraint), which Spring and jOOQ wrap in exceptions of their own.
 */
public final class Causes {

    private Causes() {}

    /** The failure itself or the first of its causes that is a {@code type}; a cause naming itself ends the walk. */
    public static <T extends Throwable> @Nullable T find(Throwable failure, Class<T> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }
}
