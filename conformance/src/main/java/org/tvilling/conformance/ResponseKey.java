package org.tvilling.conformance;

import java.util.Comparator;
import org.tvilling.contract.Specs;

/**
 * One documented response of one operation: a status (or {@code default}, the unexpected error) and one of the
 * error codes the contract lists for it ({@code x-error-codes}), empty when it lists none. The unit of coverage.
 */
public record ResponseKey(String spec, String operationId, String status, String code)
        implements Comparable<ResponseKey> {

    public static final String DEFAULT = "default";

    private static final Comparator<ResponseKey> ORDER = Comparator.comparing(ResponseKey::spec)
            .thenComparing(ResponseKey::operationId)
            .thenComparing(ResponseKey::status)
            .thenComparing(ResponseKey::code);

    public static ResponseKey of(Specs.DocumentedOperation operation, String status, String code) {
        return new ResponseKey(Apis.name(operation.spec()), operation.operationId(), status, code);
    }

    /** "404 120500", "200", "default". */
    public String label() {
        return code.isEmpty() ? status : status + " " + code;
    }

    @Override
    public int compareTo(ResponseKey other) {
        return ORDER.compare(this, other);
    }
}
