package org.tvilling.conformance.checks;

import org.tvilling.conformance.Definitions;

/**
 * Generated negative and fuzzed input, from the contract: waits for the shared request generator
 * ({@code org.tvilling.contract.fuzz}).
 */
final class NegativeChecks {

    private NegativeChecks() {}

    static void define(Definitions on, ApiChecks api) {}
}
