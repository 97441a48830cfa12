package org.tvilling.conformance;

/**
 * What became of one check. {@code ERROR} is the suite's own trouble (a credential it could not get, a bug), never
 * the target's; {@code FAILED} is the target breaking its contract or a documented promise.
 */
public enum Outcome {
    PASSED("passed"),
    FAILED("failed"),
    ERROR("error"),
    NOT_RUN("not run");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean ran() {
        return this != NOT_RUN;
    }
}
