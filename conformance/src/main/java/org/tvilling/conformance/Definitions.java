package org.tvilling.conformance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tvilling.contract.Specs;

/** Where the checks of one API are defined: each names its operation and the documented responses it covers. */
public final class Definitions {

    private final String api;
    private final Specs.Spec spec;
    private final Profile profile;
    private final List<Check> checks;

    private Definitions(String api, Specs.Spec spec, Profile profile, List<Check> checks) {
        this.api = api;
        this.spec = spec;
        this.profile = profile;
        this.checks = checks;
    }

    /** Definitions that add the API's checks to {@code checks}. */
    public static Definitions of(String api, Specs.Spec spec, Profile profile, List<Check> checks) {
        return new Definitions(api, spec, profile, checks);
    }

    public String api() {
        return api;
    }

    public Specs.Spec spec() {
        return spec;
    }

    /** The profile the checks are defined for (the authorisation matrix has one check per role). */
    public Profile profile() {
        return profile;
    }

    public List<Specs.DocumentedOperation> operations() {
        return spec.operations();
    }

    public Operation operation(String operationId) {
        return new Operation(spec.operations().stream()
                .filter(operation -> operation.operationId().equals(operationId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(spec.name() + " documents no operation " + operationId)));
    }

    public Operation operation(Specs.DocumentedOperation operation) {
        return new Operation(operation);
    }

    /** The checks of one operation. */
    public final class Operation {

        private final Specs.DocumentedOperation operation;

        private Operation(Specs.DocumentedOperation operation) {
            this.operation = operation;
        }

        public Specs.DocumentedOperation model() {
            return operation;
        }

        /** A documented response of this operation; a check claiming an undocumented one is the suite's mistake. */
        public ResponseKey response(int status, String code) {
            boolean documented = operation.responses().stream()
                    .anyMatch(response -> response.status() == status
                            && (code.isEmpty()
                                    ? response.codes().isEmpty()
                                    : response.codes().contains(code)));
            if (!documented) {
                throw new IllegalStateException(
                        "%s does not document %d %s".formatted(operation.operationId(), status, code));
            }
            return ResponseKey.of(operation, String.valueOf(status), code);
        }

        public boolean documents(int status) {
            return operation.documents(status);
        }

        /** A check of the documented response (status, code) that provokes and asserts it. */
        public Operation documented(int status, String code, String title, Check.Body body) {
            return add(Kind.DOCUMENTED, title, body, response(status, code));
        }

        public Operation documented(int status, String title, Check.Body body) {
            return documented(status, "", title, body);
        }

        public Operation add(Kind kind, String title, Check.Body body, ResponseKey... covers) {
            checks.add(new Check(api, operation, kind, title, List.copyOf(Arrays.asList(covers)), body));
            return this;
        }

        /** The responses of a status with every code the contract lists for it (or the status alone). */
        public ResponseKey[] responses(int status) {
            List<ResponseKey> keys = new ArrayList<>();
            operation.responses().stream()
                    .filter(response -> response.status() == status)
                    .forEach(response -> {
                        if (response.codes().isEmpty()) {
                            keys.add(ResponseKey.of(operation, String.valueOf(status), ""));
                        } else {
                            response.codes()
                                    .forEach(code -> keys.add(ResponseKey.of(operation, String.valueOf(status), code)));
                        }
                    });
            return keys.toArray(ResponseKey[]::new);
        }
    }
}
