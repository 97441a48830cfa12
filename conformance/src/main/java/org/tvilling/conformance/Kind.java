package org.tvilling.conformance;

/** The four kinds of checks (issue "What it checks"). */
public enum Kind {
    DOCUMENTED("documented response"),
    STATEFUL("stateful promise"),
    AUTHORISATION("authorisation"),
    NEGATIVE("negative and fuzzed input");

    private final String label;

    Kind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
