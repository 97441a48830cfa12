package org.tvilling.conformance.checks;

import java.util.List;
import java.util.Optional;
import org.tvilling.conformance.Profile;
import org.tvilling.conformance.Reply;
import org.tvilling.conformance.Role;
import org.tvilling.contract.Specs;

/**
 * What both STAR services share: who may call an operation ({@code x-allowed-organisations} on the
 * {@code organisationType} claim, {@code x-scope} on the {@code scope} claim), and STAR's error structure.
 */
abstract class StarChecks extends ApiChecks {

    @Override
    Optional<Refusal> refusal(Profile profile, Role role, Specs.DocumentedOperation operation) {
        List<String> organisations = extensionList(operation, "x-allowed-organisations");
        List<String> scopes = extensionList(operation, "x-scope");
        boolean allowed = role.organisationType() != null
                && organisations.contains(role.organisationType())
                && role.scopes().containsAll(scopes);
        return allowed ? Optional.empty() : Optional.of(new Refusal(403, firstCode(operation, 403)));
    }

    /** STAR's error structure names the offending element in {@code felt} when it gives one. */
    static void feltIfAny(Reply reply, String element) {
        for (var fejl : reply.json().path("fejl")) {
            if (fejl.has("felt") && !fejl.path("felt").asText().equalsIgnoreCase(element)) {
                throw reply.failure("expected felt " + element + ", got "
                        + fejl.path("felt").asText());
            }
        }
    }
}
