package org.tvilling.conformance;

/** The suite could not prepare a check (a credential the profile names could not be had): an error, not a failure. */
public final class SetupError extends RuntimeException {

    public SetupError(String message) {
        super(message);
    }
}
