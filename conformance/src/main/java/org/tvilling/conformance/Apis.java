package org.tvilling.conformance;

import java.util.List;
import org.tvilling.contract.Specs;

/** The APIs the suite knows: one per contract, named after its file ({@code star-virksomhedlogin}). */
public final class Apis {

    private Apis() {}

    public static String name(Specs.Spec spec) {
        return spec.name().replaceFirst("\\.ya?ml$", "");
    }

    public static List<String> names() {
        return Specs.all().stream().map(Apis::name).toList();
    }

    public static Specs.Spec spec(String api) {
        return Specs.all().stream()
                .filter(spec -> name(spec).equals(api))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No API named " + api + "; the APIs are " + names()));
    }

    /** Every documented response of the API: each status with each of its codes, and the {@code default}. */
    public static List<ResponseKey> documented(Specs.Spec spec) {
        List<ResponseKey> keys = new java.util.ArrayList<>();
        for (Specs.DocumentedOperation operation : spec.operations()) {
            for (Specs.DocumentedResponse response : operation.responses()) {
                if (response.codes().isEmpty()) {
                    keys.add(ResponseKey.of(operation, String.valueOf(response.status()), ""));
                } else {
                    response.codes()
                            .forEach(code ->
                                    keys.add(ResponseKey.of(operation, String.valueOf(response.status()), code)));
                }
            }
            if (operation.model().getResponses().getDefault() != null) {
                keys.add(ResponseKey.of(operation, ResponseKey.DEFAULT, ""));
            }
        }
        return keys;
    }
}
