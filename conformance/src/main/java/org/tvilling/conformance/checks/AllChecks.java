package org.tvilling.conformance.checks;

import java.util.ArrayList;
import java.util.List;
import org.tvilling.conformance.Apis;
import org.tvilling.conformance.Check;
import org.tvilling.conformance.Definitions;
import org.tvilling.conformance.Profile;

/** Every API's checks, for the APIs asked for, in the order they run. */
public final class AllChecks {

    private AllChecks() {}

    static List<ApiChecks> apis() {
        return List.of(
                new VirksomhedLoginChecks(),
                new LetAsylCvChecks(),
                new HeliumvChecks(),
                new AltinnChecks(),
                new LequinoxChecks());
    }

    public static List<Check> of(Profile profile, List<String> names) {
        List<Check> checks = new ArrayList<>();
        for (String name : names) {
            ApiChecks api = apis().stream()
                    .filter(candidate -> candidate.api().equals(name))
                    .findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("The suite has no checks for " + name));
            api.defineAll(Definitions.of(name, Apis.spec(name), profile, checks));
        }
        return checks;
    }
}
