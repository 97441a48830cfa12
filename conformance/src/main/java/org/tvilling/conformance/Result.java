package org.tvilling.conformance;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one check came to.
 *
 * @param message why it failed, errored or did not run; empty when it passed
 * @param failing the exchange that showed the failure, if one did
 * @param exchanges every exchange of the check, in order
 */
public record Result(
        Check check,
        Outcome outcome,
        String message,
        @Nullable Exchange failing,
        List<Exchange> exchanges,
        Duration took) {}
