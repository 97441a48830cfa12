package org.tvilling.conformance.checks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.tvilling.conformance.Call;
import org.tvilling.conformance.CheckContext;
import org.tvilling.conformance.Definitions;
import org.tvilling.conformance.Kind;
import org.tvilling.conformance.Reply;
import org.tvilling.contract.Specs;

/**
 * Lequinox CDI server API: accesses and external personal identities of the application whose key the profile
 * gives ({@code lequinox.key}); another company's application ({@code lequinox.otherCompanyKey}) must see none of
 * them. Errors are the documented plain-text messages (each held to its code by the contract check).
 */
final class LequinoxChecks extends ApiChecks {

    static final String CREATE = "createAccess";
    static final String GET = "getAccess";
    static final String UPDATE = "updateAccess";
    static final String ACTIVATE = "activatePlatformManagedAccess";
    static final String AGREEMENT = "getUserAgreementForActivation";
    static final String CREATE_IDENTITY = "createExternalPersonalIdentity";
    static final String GET_IDENTITY = "getExternalPersonalIdentity";

    private static final String KEY = "Key";
    private static final String APPLICATION_NOT_FOUND = "APPLICATION_NOT_FOUND";
    private static final String UNEXPECTED = "UNEXPECTED_UNKNOWN_ERROR";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    String api() {
        return "lequinox-access";
    }

    @Override
    Call valid(CheckContext context, String operationId) {
        return switch (operationId) {
            case CREATE ->
                own(context, CREATE)
                        .json(access(identity(context, key(context))).toString());
            case CREATE_IDENTITY ->
                own(context, CREATE_IDENTITY).json(identityBody(context).toString());
            case GET_IDENTITY -> own(context, GET_IDENTITY).path("personalIdentityId", identity(context, key(context)));
            case GET -> own(context, GET).path("accessId", access(context, null, true));
            case UPDATE -> {
                String id = access(context, null, true);
                yield own(context, UPDATE)
                        .path("accessId", id)
                        .json(update(id, "ACTIVE").toString());
            }
            case ACTIVATE, AGREEMENT -> own(context, operationId).path("accessId", access(context, "INVITED", true));
            default -> throw new IllegalArgumentException(operationId);
        };
    }

    /** "… and so is a request the server refuses before any operation reads it: … a malformed URI, escape or query". */
    @Override
    Optional<Refusal> unreadable(Specs.DocumentedOperation operation) {
        return operation.responses().stream()
                        .anyMatch(response ->
                                response.status() == 500 && response.codes().contains(UNEXPECTED))
                ? Optional.of(new Refusal(500, UNEXPECTED))
                : Optional.empty();
    }

    /** The access a write names, as Get access shows it (created accesses and identities are not listed). */
    @Override
    Optional<String> visible(CheckContext context, Call start) {
        return start.parameter("path", "accessId")
                .map(id -> own(context, GET)
                        .path("accessId", id)
                        .send()
                        .expect(200)
                        .body());
    }

    @Override
    void define(Definitions on) {
        for (Specs.DocumentedOperation operation : on.operations()) {
            keyChecks(on.operation(operation));
        }
        createAccess(on.operation(CREATE));
        getAccess(on.operation(GET));
        updateAccess(on.operation(UPDATE), on.operation(ACTIVATE));
        activate(on.operation(ACTIVATE));
        agreement(on.operation(AGREEMENT));
        createIdentity(on.operation(CREATE_IDENTITY));
        getIdentity(on.operation(GET_IDENTITY));
    }

    /** Every operation: no key, and a key no application has, are the documented unknown application. */
    private void keyChecks(Definitions.Operation operation) {
        String id = operation.model().operationId();
        operation.documented(
                400,
                APPLICATION_NOT_FOUND,
                "a request without a key is refused",
                context -> valid(context, id).withoutHeader(KEY).send().expect(400, APPLICATION_NOT_FOUND));
        operation.add(
                Kind.AUTHORISATION,
                "a key no application has is refused",
                context -> valid(context, id)
                        .header(KEY, "conformance-" + context.ids().letters(24))
                        .send()
                        .expect(400, APPLICATION_NOT_FOUND),
                operation.response(400, APPLICATION_NOT_FOUND));
    }

    private void createAccess(Definitions.Operation create) {
        create.documented(200, "an access without a state is created ACTIVE", context -> {
            String identity = identity(context, key(context));
            Reply reply = own(context, CREATE)
                    .json(access(identity).toString())
                    .send()
                    .expect(200);
            reply.check(reply.jsonText("/state").equals("ACTIVE"), "expected state ACTIVE");
            reply.check(reply.jsonText("/privateId").equals(identity), "expected privateId " + identity);
            reply.check(
                    reply.jsonText("/accessId").startsWith(identity.substring(0, 5)),
                    "expected an access id of the application's company");
        });
        create.documented(200, "an access created INVITED stays INVITED until activated", context -> {
            Reply reply = own(context, CREATE)
                    .json(access(identity(context, key(context)))
                            .put("state", "INVITED")
                            .toString())
                    .send()
                    .expect(200);
            reply.check(reply.jsonText("/state").equals("INVITED"), "expected state INVITED");
        });
        refusedCreate(
                create,
                "NAMES_MISSING",
                "an access without a first name is refused",
                (context, body) -> body.remove("firstName"));
        refusedCreate(
                create,
                "TYPE_PRIVATE_ID_MANAGED_MISSING",
                "an access without a type is refused",
                (context, body) -> body.remove("type"));
        refusedCreate(
                create,
                "ACCESS_ID_GIVEN",
                "an access with an access id is refused",
                (context, body) -> body.put(
                        "accessId", unknownId(context, body.path("privateId").asText())));
        refusedCreate(
                create,
                "STATE_GIVEN",
                "an access created ACTIVE (a state other than INVITED) is refused",
                (context, body) -> body.put("state", "ACTIVE"));
        refusedCreate(
                create,
                "CORPORATE_ID_WITH_PRIVATE",
                "a PRIVATE access with a corporate id is refused",
                (context, body) -> body.put(
                        "corporateId", unknownId(context, body.path("privateId").asText())));
        refusedCreate(
                create,
                "CORPORATE_ID_MISSING",
                "a CORPORATE access without a corporate id is refused",
                (context, body) -> body.put("type", "CORPORATE"));
        create.documented(
                500,
                "BODY_MISSING",
                "no body is the documented unexpected error",
                context -> own(context, CREATE)
                        .header("Content-Type", "application/json")
                        .send()
                        .expect(500, "BODY_MISSING"));
        create.documented(
                500,
                "JSON_PARSE_ERROR",
                "malformed JSON is the documented unexpected error",
                context -> own(context, CREATE).json("{\"type\": ").send().expect(500, "JSON_PARSE_ERROR"));
        create.documented(
                500,
                UNEXPECTED,
                "a privateId naming no personal identity of the company is the documented unknown error",
                context -> {
                    String identity = identity(context, key(context));
                    own(context, CREATE)
                            .json(access(unknownId(context, identity)).toString())
                            .send()
                            .expect(500, UNEXPECTED);
                });
        create.add(
                Kind.AUTHORISATION,
                "another company's personal identity is no privateId of this application",
                context -> own(context, CREATE)
                        .json(access(identity(context, context.fixture("lequinox.otherCompanyKey")))
                                .toString())
                        .send()
                        .expect(500, UNEXPECTED),
                create.response(500, UNEXPECTED));
    }

    private void getAccess(Definitions.Operation get) {
        get.documented(200, "an access reads back", context -> {
            String id = access(context, null, true);
            Reply reply = own(context, GET).path("accessId", id).send().expect(200);
            reply.check(reply.jsonText("/accessId").equals(id), "expected the access " + id);
        });
        idFormat(get, "ACCESS_ID_FORMAT");
        notFound(get);
    }

    private void updateAccess(Definitions.Operation update, Definitions.Operation activate) {
        update.documented(200, "an ACTIVE access is deactivated, and activated again", context -> {
            String id = access(context, null, true);
            state(context, id, "DEACTIVATED");
            state(context, id, "ACTIVE");
        });
        update.add(
                Kind.STATEFUL,
                "an ACTIVE access set back to INVITED must be activated again",
                context -> {
                    String id = access(context, null, true);
                    state(context, id, "INVITED");
                    Reply activated =
                            own(context, ACTIVATE).path("accessId", id).send().expect(200);
                    activated.check(activated.jsonText("/state").equals("ACTIVE"), "expected state ACTIVE");
                },
                update.response(200, ""),
                activate.response(200, ""));
        refusedUpdate(
                update,
                "NAMES_MISSING",
                "an update without a last name is refused",
                (context, body) -> body.remove("lastName"));
        refusedUpdate(
                update,
                "STATE_MISSING",
                "an update without a state is refused",
                (context, body) -> body.remove("state"));
        refusedUpdate(
                update,
                "INVALID_ROLE_ID_FORMAT",
                "an update whose accessId is no global id is refused",
                (context, body) -> body.put("accessId", "conformance"));
        refusedUpdate(
                update,
                "ACCESS_ID_MISMATCH",
                "an update whose accessId is not the path's is refused",
                (context, body) -> body.put(
                        "accessId", unknownId(context, body.path("accessId").asText())));
        update.documented(
                400,
                "INVALID_ROLE_ID_FORMAT",
                "a path that is no global id is refused",
                context -> own(context, UPDATE)
                        .path("accessId", "conformance")
                        .json(update("conformance", "ACTIVE").toString())
                        .send()
                        .expect(400, "INVALID_ROLE_ID_FORMAT"));
        update.documented(
                400, "INVITED_STATE_CHANGE", "an INVITED access changes state only by activation", context -> {
                    String id = access(context, "INVITED", true);
                    own(context, UPDATE)
                            .path("accessId", id)
                            .json(update(id, "ACTIVE").toString())
                            .send()
                            .expect(400, "INVITED_STATE_CHANGE");
                    Reply read = own(context, GET).path("accessId", id).send().expect(200);
                    read.check(read.jsonText("/state").equals("INVITED"), "expected the access still INVITED");
                });
        update.documented(404, "ACCESS_NOT_FOUND", "an unknown access is not found", context -> {
            String id = unknownId(context, identity(context, key(context)));
            own(context, UPDATE)
                    .path("accessId", id)
                    .json(update(id, "ACTIVE").toString())
                    .send()
                    .expect(404, "ACCESS_NOT_FOUND");
        });
        update.add(
                Kind.AUTHORISATION,
                "another company's application does not find the access",
                context -> {
                    String id = access(context, null, true);
                    other(context, UPDATE)
                            .path("accessId", id)
                            .json(update(id, "DEACTIVATED").toString())
                            .send()
                            .expect(404, "ACCESS_NOT_FOUND");
                    Reply read = own(context, GET).path("accessId", id).send().expect(200);
                    read.check(read.jsonText("/state").equals("ACTIVE"), "expected the access still ACTIVE");
                },
                update.response(404, "ACCESS_NOT_FOUND"));
        update.documented(
                500,
                "BODY_MISSING",
                "no body is the documented unexpected error",
                context -> own(context, UPDATE)
                        .path("accessId", access(context, null, true))
                        .header("Content-Type", "application/json")
                        .send()
                        .expect(500, "BODY_MISSING"));
        update.documented(
                500,
                "JSON_PARSE_ERROR",
                "malformed JSON is the documented unexpected error",
                context -> own(context, UPDATE)
                        .path("accessId", access(context, null, true))
                        .json("{\"state\": ")
                        .send()
                        .expect(500, "JSON_PARSE_ERROR"));
        update.documented(
                500,
                "TYPE_DEFINITION_ERROR",
                "a state that is none of its values is the documented" + " unexpected error",
                context -> {
                    String id = access(context, null, true);
                    own(context, UPDATE)
                            .path("accessId", id)
                            .json(update(id, "CONFORMANCE").toString())
                            .send()
                            .expect(500, "TYPE_DEFINITION_ERROR");
                });
        update.documented(
                500, UNEXPECTED, "an Accept without JSON is the unknown error, and nothing changes", context -> {
                    String id = access(context, null, true);
                    own(context, UPDATE)
                            .path("accessId", id)
                            .accept("text/plain")
                            .json(update(id, "DEACTIVATED").toString())
                            .send()
                            .expect(500, UNEXPECTED);
                    Reply read = own(context, GET).path("accessId", id).send().expect(200);
                    read.check(read.jsonText("/state").equals("ACTIVE"), "expected the access still ACTIVE");
                });
    }

    private void activate(Definitions.Operation activate) {
        activate.add(
                Kind.STATEFUL,
                "INVITED → activate → ACTIVE; a second activation is refused",
                context -> {
                    String id = access(context, "INVITED", true);
                    Reply reply =
                            own(context, ACTIVATE).path("accessId", id).send().expect(200);
                    reply.check(reply.jsonText("/state").equals("ACTIVE"), "expected state ACTIVE");
                    Reply read = own(context, GET).path("accessId", id).send().expect(200);
                    read.check(read.jsonText("/state").equals("ACTIVE"), "expected the access ACTIVE when read");
                    own(context, ACTIVATE).path("accessId", id).send().expect(400, "NOT_INVITED_FOR_ACTIVATION");
                },
                activate.response(200, ""),
                activate.response(400, "NOT_INVITED_FOR_ACTIVATION"));
        activate.documented(
                400,
                "NOT_PLATFORM_MANAGED",
                "a user-managed access cannot be activated by the" + " application",
                context -> own(context, ACTIVATE)
                        .path("accessId", access(context, null, false))
                        .send()
                        .expect(400, "NOT_PLATFORM_MANAGED"));
        idFormat(activate, "ACCESS_ID_FORMAT");
        notFound(activate);
        activate.documented(
                500,
                UNEXPECTED,
                "an Accept without JSON is the unknown error, and the access stays" + " INVITED",
                context -> {
                    String id = access(context, "INVITED", true);
                    own(context, ACTIVATE)
                            .path("accessId", id)
                            .accept("text/plain")
                            .send()
                            .expect(500, UNEXPECTED);
                    Reply read = own(context, GET).path("accessId", id).send().expect(200);
                    read.check(read.jsonText("/state").equals("INVITED"), "expected the access still INVITED");
                });
    }

    private void agreement(Definitions.Operation agreement) {
        agreement.documented(200, "the agreement of an INVITED platform-managed access", context -> {
            Reply reply = valid(context, AGREEMENT).send().expect(200);
            reply.check(!reply.jsonText("/title").isBlank(), "expected a title");
        });
        agreement.documented(
                400,
                "NOT_INVITED_FOR_AGREEMENT",
                "an ACTIVE access has no agreement to sign",
                context -> own(context, AGREEMENT)
                        .path("accessId", access(context, null, true))
                        .send()
                        .expect(400, "NOT_INVITED_FOR_AGREEMENT"));
        agreement.documented(
                400,
                "NOT_PLATFORM_MANAGED",
                "a user-managed access has no agreement for the" + " application",
                context -> own(context, AGREEMENT)
                        .path("accessId", access(context, null, false))
                        .send()
                        .expect(400, "NOT_PLATFORM_MANAGED"));
        idFormat(agreement, "ACCESS_ID_FORMAT");
        notFound(agreement);
    }

    private void createIdentity(Definitions.Operation create) {
        create.documented(200, "an identity is created ACTIVE and platform-managed", context -> {
            Reply reply = own(context, CREATE_IDENTITY)
                    .json(identityBody(context).toString())
                    .send()
                    .expect(200);
            reply.check(reply.jsonText("/state").equals("ACTIVE"), "expected state ACTIVE");
            String id = reply.jsonText("/id");
            Reply read = own(context, GET_IDENTITY)
                    .path("personalIdentityId", id)
                    .send()
                    .expect(200);
            read.check(read.jsonText("/id").equals(id), "expected the identity to read back");
        });
        refusedIdentity(
                create,
                "IDENTITY_NAMES_MISSING",
                "an identity without a last name is refused",
                (context, body) -> body.remove("lastName"));
        refusedIdentity(
                create,
                "IDENTITY_MANAGED_MISSING",
                "an identity without managed is refused",
                (context, body) -> body.remove("managed"));
        refusedIdentity(
                create,
                "IDENTITY_ID_GIVEN",
                "an identity with an id is refused",
                (context, body) -> body.put(
                        "id",
                        "conf." + context.ids().letters(8) + "." + context.ids().letters(8)));
        refusedIdentity(
                create,
                "IDENTITY_STATE_GIVEN",
                "an identity with a state is refused",
                (context, body) -> body.put("state", "ACTIVE"));
        refusedIdentity(
                create,
                "USER_MANAGED_IDENTITY",
                "a user-managed identity is refused",
                (context, body) -> body.put("managed", false));
        refusedIdentity(
                create,
                "UNKNOWN_ERROR",
                "a first name longer than documented is the documented unknown" + " error",
                (context, body) -> body.put("firstName", "x".repeat(maxLength(create, "firstName") + 1)));
        create.documented(
                500,
                "BODY_MISSING",
                "no body is the documented unexpected error",
                context -> own(context, CREATE_IDENTITY)
                        .header("Content-Type", "application/json")
                        .send()
                        .expect(500, "BODY_MISSING"));
        create.documented(
                500,
                "JSON_PARSE_ERROR",
                "malformed JSON is the documented unexpected error",
                context -> own(context, CREATE_IDENTITY)
                        .json("{\"firstName\": ")
                        .send()
                        .expect(500, "JSON_PARSE_ERROR"));
        create.documented(
                500,
                "TYPE_DEFINITION_ERROR",
                "a state that is none of its values is the documented" + " unexpected error",
                context -> own(context, CREATE_IDENTITY)
                        .json(identityBody(context).put("state", "CONFORMANCE").toString())
                        .send()
                        .expect(500, "TYPE_DEFINITION_ERROR"));
        create.documented(
                500,
                UNEXPECTED,
                "an Accept without JSON is the unknown error",
                context -> own(context, CREATE_IDENTITY)
                        .accept("text/plain")
                        .json(identityBody(context).toString())
                        .send()
                        .expect(500, UNEXPECTED));
    }

    private void getIdentity(Definitions.Operation get) {
        get.documented(200, "an identity reads back", context -> {
            String id = identity(context, key(context));
            Reply reply = own(context, GET_IDENTITY)
                    .path("personalIdentityId", id)
                    .send()
                    .expect(200);
            reply.check(reply.jsonText("/id").equals(id), "expected the identity " + id);
        });
        get.documented(
                400,
                "INVALID_ROLE_ID_FORMAT",
                "an id that is no global id is refused",
                context -> own(context, GET_IDENTITY)
                        .path("personalIdentityId", "conformance")
                        .send()
                        .expect(400, "INVALID_ROLE_ID_FORMAT"));
        get.documented(
                400,
                "COMPANY_NOT_IN_IDENTITY_ID",
                "another company's identity is refused",
                context -> own(context, GET_IDENTITY)
                        .path("personalIdentityId", identity(context, context.fixture("lequinox.otherCompanyKey")))
                        .send()
                        .expect(400, "COMPANY_NOT_IN_IDENTITY_ID"));
        get.documented(
                500,
                UNEXPECTED,
                "an id of the company that names no identity is the documented unknown" + " error",
                context -> own(context, GET_IDENTITY)
                        .path("personalIdentityId", unknownId(context, identity(context, key(context))))
                        .send()
                        .expect(500, UNEXPECTED));
    }

    private void idFormat(Definitions.Operation operation, String code) {
        String id = operation.model().operationId();
        operation.documented(
                400,
                code,
                "a path that is no global id is refused",
                context ->
                        own(context, id).path("accessId", "conformance").send().expect(400, code));
    }

    private void notFound(Definitions.Operation operation) {
        String id = operation.model().operationId();
        operation.documented(
                404,
                "ACCESS_NOT_FOUND",
                "an unknown access is not found",
                context -> own(context, id)
                        .path("accessId", unknownId(context, identity(context, key(context))))
                        .send()
                        .expect(404, "ACCESS_NOT_FOUND"));
        operation.add(
                Kind.AUTHORISATION,
                "another company's application does not find the access",
                context -> other(context, id)
                        .path("accessId", access(context, "INVITED", true))
                        .send()
                        .expect(404, "ACCESS_NOT_FOUND"),
                operation.response(404, "ACCESS_NOT_FOUND"));
    }

    @FunctionalInterface
    private interface Change {
        void apply(CheckContext context, ObjectNode body) throws Exception;
    }

    private void refusedCreate(Definitions.Operation create, String code, String title, Change change) {
        create.documented(400, code, title, context -> {
            ObjectNode body = access(identity(context, key(context)));
            change.apply(context, body);
            own(context, CREATE).json(body.toString()).send().expect(400, code);
        });
    }

    private void refusedUpdate(Definitions.Operation update, String code, String title, Change change) {
        update.documented(400, code, title, context -> {
            String id = access(context, null, true);
            ObjectNode body = update(id, "DEACTIVATED");
            change.apply(context, body);
            own(context, UPDATE)
                    .path("accessId", id)
                    .json(body.toString())
                    .send()
                    .expect(400, code);
            Reply read = own(context, GET).path("accessId", id).send().expect(200);
            read.check(read.jsonText("/state").equals("ACTIVE"), "expected the refused update to change nothing");
        });
    }

    private void refusedIdentity(Definitions.Operation create, String code, String title, Change change) {
        create.documented(400, code, title, context -> {
            ObjectNode body = identityBody(context);
            change.apply(context, body);
            own(context, CREATE_IDENTITY).json(body.toString()).send().expect(400, code);
        });
    }

    /** Updates the access to the state, which the answer must show. */
    private static void state(CheckContext context, String id, String state) {
        Reply reply = own(context, UPDATE)
                .path("accessId", id)
                .json(update(id, state).toString())
                .send()
                .expect(200);
        reply.check(reply.jsonText("/state").equals(state), "expected state " + state);
    }

    private static String key(CheckContext context) {
        return context.fixture("lequinox.key");
    }

    private static Call own(CheckContext context, String operationId) {
        return context.call(operationId).header(KEY, key(context));
    }

    private static Call other(CheckContext context, String operationId) {
        return context.call(operationId).header(KEY, context.fixture("lequinox.otherCompanyKey"));
    }

    /** A new personal identity of the key's company (ACTIVE): its id. */
    private static String identity(CheckContext context, String key) {
        return context.call(CREATE_IDENTITY)
                .header(KEY, key)
                .json(identityBody(context).toString())
                .send()
                .expect(200)
                .jsonText("/id");
    }

    /** A new access of the application for a new identity: its id. */
    private static String access(CheckContext context, String state, boolean managed) {
        ObjectNode body = access(identity(context, key(context))).put("managed", managed);
        if (state != null) {
            body.put("state", state);
        }
        return own(context, CREATE).json(body.toString()).send().expect(200).jsonText("/accessId");
    }

    private static ObjectNode identityBody(CheckContext context) {
        String name = context.ids().unique("Conf");
        return JSON.createObjectNode()
                .put("firstName", name)
                .put("lastName", "Samstämmighet")
                .put("emailAddress", name.toLowerCase(java.util.Locale.ROOT) + "@conformance.invalid")
                .put("managed", true);
    }

    private static ObjectNode access(String privateId) {
        return JSON.createObjectNode()
                .put("type", "PRIVATE")
                .put("privateId", privateId)
                .put("firstName", "Conformance")
                .put("lastName", "Samstämmighet")
                .put("managed", true);
    }

    private static ObjectNode update(String accessId, String state) {
        return JSON.createObjectNode()
                .put("accessId", accessId)
                .put("firstName", "Conformance")
                .put("lastName", "Samstämmighet")
                .put("state", state);
    }

    /** A well-formed global id of the company of {@code sibling} (a global id) that names nothing. */
    private static String unknownId(CheckContext context, String sibling) {
        return sibling.substring(0, 4) + "." + context.ids().letters(8) + "."
                + context.ids().letters(8);
    }

    private static int maxLength(Definitions.Operation operation, String property) {
        var schema = operation
                .model()
                .model()
                .getRequestBody()
                .getContent()
                .get("application/json")
                .getSchema();
        var member = (io.swagger.v3.oas.models.media.Schema<?>)
                schema.getProperties().get(property);
        return member.getMaxLength();
    }
}
