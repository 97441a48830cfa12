package org.tvilling.contract;

import java.util.ArrayList;
import java.util.List;

/** The responses the running test received from documented operations (any thread, so concurrent tests count). */
final class Observations {

    record Observed(String operationId, int status, List<String> codes) {}

    private static final List<Observed> observed = new ArrayList<>();

    private Observations() {}

    static synchronized void clear() {
        observed.clear();
    }

    static synchronized void record(Observed response) {
        observed.add(response);
    }

    static synchronized List<Observed> snapshot() {
        return List.copyOf(observed);
    }
}
