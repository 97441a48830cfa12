package org.tvilling.conformance.checks;

import java.util.List;
import java.util.Optional;
import org.tvilling.conformance.Definitions;
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

    /** ValideringsFejl: "or it cannot be read at all (a malformed URI or escape …): 1014". */
    @Override
    Optional<Refusal> unreadable(Specs.DocumentedOperation operation) {
        return operation.documents(400) ? Optional.of(new Refusal(400, "1014")) : Optional.empty();
    }

    /** The documented request id of a write: longer than its maxLength, or missing, is a 400 1014. */
    final void requestIdChecks(Definitions.Operation operation) {
        String id = operation.model().operationId();
        operation.documented(400, "1014", "an x-requestId longer than documented is refused", context -> {
            Reply reply = authorised(context, id)
                    .header("x-requestId", Inputs.tooLong(operation.model(), "header", "x-requestId"))
                    .send()
                    .expect(400, "1014");
            feltIfAny(reply, "x-requestId");
        });
        operation.documented(400, "1014", "a missing x-requestId is refused", context -> {
            Reply reply =
                    authorised(context, id).withoutHeader("x-requestId").send().expect(400, "1014");
            feltIfAny(reply, "x-requestId");
        });
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
