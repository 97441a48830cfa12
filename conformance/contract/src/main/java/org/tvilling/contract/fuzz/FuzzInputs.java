package org.tvilling.contract.fuzz;

import java.util.Map;
import java.util.Optional;
import org.tvilling.contract.Specs;

/**
 * What the target under test supplies to the requests the {@link Fuzzer} builds, so that the unmutated request
 * would reach deep into the operation: credentials it accepts, the ids of data it holds, a body it would
 * accept. Asked again for every case, so an implementation may hand out fresh values (a new request id, a new
 * system id) each time.
 */
public interface FuzzInputs {

    /** Header fields that authenticate a request to the operation; empty when it needs none. */
    Map<String, String> credentials(Specs.DocumentedOperation operation);

    /**
     * A valid value of a parameter the target holds data for (a known id, a live token), or empty to have one
     * generated from the parameter's schema.
     *
     * @param in {@code path}, {@code query} or {@code header}, as the contract says
     */
    Optional<String> parameter(Specs.DocumentedOperation operation, String in, String name);

    /** A valid JSON body for the operation, or empty to have one generated from the contract's schema. */
    Optional<String> body(Specs.DocumentedOperation operation);
}
