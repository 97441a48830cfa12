package org.tvilling.conformance;

import org.jspecify.annotations.Nullable;

/** The target broke its contract or a documented promise; {@code exchange} is the one that showed it, if one did. */
public final class Failure extends AssertionError {

    private final transient @Nullable Exchange exchange;

    public Failure(String message, @Nullable Exchange exchange) {
        super(message);
        this.exchange = exchange;
    }

    public Failure(String message) {
        this(message, null);
    }

    public @Nullable Exchange exchange() {
        return exchange;
    }
}
