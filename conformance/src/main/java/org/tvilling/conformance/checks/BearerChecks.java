package org.tvilling.conformance.checks;

import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.tvilling.conformance.Call;
import org.tvilling.conformance.CheckContext;
import org.tvilling.conformance.Credentials;
import org.tvilling.conformance.Definitions;
import org.tvilling.conformance.Kind;
import org.tvilling.conformance.NotRun;
import org.tvilling.conformance.Reply;
import org.tvilling.conformance.Role;
import org.tvilling.contract.Specs;

/**
 * The authorisation checks of every operation secured by a bearer token, derived from its contract: no
 * credential, a garbage one, an unsigned one ({@code alg: none}), one of a foreign issuer and an expired one are
 * refused with the documented 401; and the matrix: every role of the profile is allowed or refused (403) as the
 * operation's allowed organisations and scopes say.
 */
final class BearerChecks {

    private BearerChecks() {}

    static void define(Definitions on, ApiChecks api) {
        for (Specs.DocumentedOperation operation : on.operations()) {
            if (!ApiChecks.isBearer(operation) || !operation.documents(401)) {
                continue;
            }
            Definitions.Operation checks = on.operation(operation);
            String id = operation.operationId();
            String code = ApiChecks.firstCode(operation, 401);
            var unauthorised = checks.response(401, code);
            checks.add(
                    Kind.DOCUMENTED,
                    "a request without a credential is refused",
                    context -> refused(api.valid(context, id).withoutHeader("Authorization"), code),
                    unauthorised);
            for (Forged forged : forgeries(api, operation)) {
                checks.add(
                        Kind.AUTHORISATION,
                        forged.title(),
                        context -> refused(
                                api.valid(context, id)
                                        .header(
                                                "Authorization",
                                                "Bearer " + forged.token().apply(context)),
                                code),
                        unauthorised);
            }
            for (Role role : on.profile().roles()) {
                Optional<ApiChecks.Refusal> refusal = api.refusal(on.profile(), role, operation);
                if (refusal.isPresent()) {
                    checks.add(
                            Kind.AUTHORISATION,
                            "role " + role.describe() + " is refused",
                            context -> api.valid(context, id)
                                    .bearer(role.name())
                                    .send()
                                    .expect(
                                            refusal.get().status(),
                                            refusal.get().code()),
                            checks.response(
                                    refusal.get().status(), refusal.get().code()));
                } else {
                    int success = ApiChecks.success(operation);
                    checks.add(
                            Kind.AUTHORISATION,
                            "role " + role.describe() + " is allowed",
                            context -> api.valid(context, id)
                                    .bearer(role.name())
                                    .send()
                                    .expect(success),
                            checks.response(success, ""));
                }
            }
        }
    }

    /** A credential in the place of a valid token, and what the check says of it. */
    private record Forged(String title, Function<CheckContext, String> token) {}

    private static List<Forged> forgeries(ApiChecks api, Specs.DocumentedOperation operation) {
        return List.of(
                new Forged("a garbage bearer token is refused", context -> Credentials.garbage()),
                new Forged(
                        "an unsigned token (alg: none) with an allowed role's claims is refused",
                        context -> context.credentials().unsigned(api.allowedRole(context, operation))),
                new Forged(
                        "a token of a foreign issuer with an allowed role's claims is refused",
                        context -> context.credentials().foreignIssuer(api.allowedRole(context, operation))),
                new Forged("an expired token of the target's own issuer is refused", BearerChecks::expired));
    }

    private static String expired(CheckContext context) {
        return context.credentials()
                .expired()
                .orElseThrow(() -> new NotRun("the profile gives no expiredToken (a token of the target's own issuer"
                        + " that has expired; no client can ask an issuer for one: for tvilling's local issuer, give"
                        + " it a key with tvilling.local-issuer.signing-key and sign one with that key)"));
    }

    /** The documented 401: its code, and the challenge header where the contract documents one. */
    private static void refused(Call call, String code) {
        Reply reply = call.send().expect(401, code);
        ApiResponse documented = call.operation().model().getResponses().get("401");
        if (documented.getHeaders() != null
                && documented.getHeaders().keySet().stream().anyMatch("WWW-Authenticate"::equalsIgnoreCase)) {
            reply.headerPresent("WWW-Authenticate");
        }
    }
}
