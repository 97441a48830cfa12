package org.tvilling.conformance.checks;

import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.List;
import java.util.Optional;
import org.tvilling.conformance.Call;
import org.tvilling.conformance.CheckContext;
import org.tvilling.conformance.Definitions;
import org.tvilling.conformance.NotRun;
import org.tvilling.conformance.Profile;
import org.tvilling.conformance.Role;
import org.tvilling.contract.Specs;

/**
 * The checks of one API: its own (documented responses, stateful promises, its own credentials), and what the
 * checks derived from every contract ({@link BearerChecks}, {@link MediaTypeChecks}, {@link IdempotencyChecks},
 * {@link NegativeChecks}) need to know of it: a request each operation answers with success.
 */
abstract class ApiChecks {

    /** The contract's name, e.g. {@code star-virksomhedlogin}. */
    abstract String api();

    /** The API's own checks. */
    abstract void define(Definitions on);

    /**
     * A request of the operation that the contract allows and that the profile's target answers with its success
     * status, with the API's own credentials but without a bearer token (the derived checks add or forge that).
     * May prepare what it needs first (create the system it updates, say).
     */
    abstract Call valid(CheckContext context, String operationId) throws Exception;

    /**
     * What the operation must answer a role of the profile that it does not allow, empty when it allows it (bearer
     * APIs; derived from the contract's extensions and the role's claims).
     */
    Optional<Refusal> refusal(Profile profile, Role role, Specs.DocumentedOperation operation) {
        return Optional.empty();
    }

    /**
     * The request generated negative input starts from: a valid, authorised one, unless sending it broken could do
     * harm that outlasts the run (lock a user, change a password).
     */
    Call fuzzStart(CheckContext context, String operationId) throws Exception {
        return authorised(context, operationId);
    }

    /**
     * What the API shows of the state a write changes, read through the API, to compare before and after a write
     * that did not succeed; empty when the API shows none of it.
     *
     * @param start the request the generated writes start from (its ids name what they would change)
     */
    Optional<String> visible(CheckContext context, Call start) throws Exception {
        return Optional.empty();
    }

    /**
     * What the operation documents for a request that cannot be read at all (control characters in a header value),
     * empty when it documents nothing for it.
     */
    Optional<Refusal> unreadable(Specs.DocumentedOperation operation) {
        return Optional.empty();
    }

    /** A documented refusal: the status and, where the contract lists one, its code. */
    record Refusal(int status, String code) {}

    /** Every check of the API, its own and the derived ones. */
    final void defineAll(Definitions on) {
        define(on);
        BearerChecks.define(on, this);
        IdempotencyChecks.define(on, this);
        // Last, the requests sent raw and broken: a target they bring down has answered the others first.
        MediaTypeChecks.define(on, this);
        NegativeChecks.define(on, this);
    }

    /** A valid request with the token of the first role of the profile that the operation allows, if bearer. */
    final Call authorised(CheckContext context, String operationId) throws Exception {
        Call call = valid(context, operationId);
        if (isBearer(call.operation())) {
            call.bearer(allowedRole(context, call.operation()));
        }
        return call;
    }

    /** The first role of the profile that the operation allows; not run when there is none. */
    final String allowedRole(CheckContext context, Specs.DocumentedOperation operation) {
        return context.profile().roles().stream()
                .filter(role -> refusal(context.profile(), role, operation).isEmpty())
                .map(Role::name)
                .findFirst()
                .orElseThrow(() -> new NotRun("the profile has no role that " + operation.operationId() + " allows"));
    }

    /** The lowest 2xx the operation documents: what a valid request is answered. */
    static int success(Specs.DocumentedOperation operation) {
        return operation.responses().stream()
                .mapToInt(Specs.DocumentedResponse::status)
                .filter(status -> status >= 200 && status < 300)
                .min()
                .orElseThrow(() -> new IllegalStateException(operation.operationId() + " documents no success"));
    }

    /** Whether the operation is secured by an HTTP bearer scheme (its own security, else the contract's). */
    static boolean isBearer(Specs.DocumentedOperation operation) {
        List<SecurityRequirement> requirements = operation.model().getSecurity() != null
                ? operation.model().getSecurity()
                : operation.spec().model().getSecurity();
        if (requirements == null || operation.spec().model().getComponents() == null) {
            return false;
        }
        var schemes = operation.spec().model().getComponents().getSecuritySchemes();
        return schemes != null
                && requirements.stream()
                        .flatMap(requirement -> requirement.keySet().stream())
                        .map(schemes::get)
                        .anyMatch(scheme -> scheme != null
                                && scheme.getType() == SecurityScheme.Type.HTTP
                                && "bearer".equalsIgnoreCase(scheme.getScheme()));
    }

    /** An extension of the operation as a list of texts (e.g. {@code x-allowed-organisations}). */
    static List<String> extensionList(Specs.DocumentedOperation operation, String name) {
        Object value = operation.model().getExtensions() == null
                ? null
                : operation.model().getExtensions().get(name);
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    /** The first code the contract lists for the status, or none. */
    static String firstCode(Specs.DocumentedOperation operation, int status) {
        return operation.responses().stream()
                .filter(response -> response.status() == status)
                .flatMap(response -> response.codes().stream())
                .findFirst()
                .orElse("");
    }
}
