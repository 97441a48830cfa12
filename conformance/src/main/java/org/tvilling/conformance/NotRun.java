package org.tvilling.conformance;

/** Thrown by a check that cannot run against this target: the profile lacks what it needs. */
public final class NotRun extends RuntimeException {

    public NotRun(String reason) {
        super(reason, null, false, false);
    }
}
