package org.tvilling.conformance;

import java.util.List;
import org.tvilling.contract.Specs;

/**
 * One check of one operation: its kind, what it proves in words, the documented responses it provokes and
 * asserts ({@code covers}, the basis of coverage), and what it does.
 */
public record Check(
        String api, Specs.DocumentedOperation operation, Kind kind, String title, List<ResponseKey> covers, Body body) {

    /** What a check does: it throws {@link Failure}, {@link NotRun} or {@link SetupError}, or returns: passed. */
    @FunctionalInterface
    public interface Body {
        void run(CheckContext context) throws Exception;
    }

    public String operationId() {
        return operation.operationId();
    }

    /** The documented response the report files the check under: the first it covers, else none. */
    public String responseLabel() {
        return covers.isEmpty() ? "" : covers.getFirst().label();
    }

    /** Stable across runs: the seed of the check's own random numbers derives from it. */
    public String id() {
        return api + "/" + operationId() + "/" + kind.name() + "/" + responseLabel() + "/" + title;
    }
}
