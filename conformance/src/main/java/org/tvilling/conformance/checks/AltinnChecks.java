package org.tvilling.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tvilling.conformance.Apis;
import org.tvilling.conformance.Call;
import org.tvilling.conformance.CheckContext;
import org.tvilling.conformance.Definitions;
import org.tvilling.conformance.Kind;
import org.tvilling.conformance.NotRun;
import org.tvilling.conformance.Profile;
import org.tvilling.conformance.Reply;
import org.tvilling.conformance.Role;
import org.tvilling.contract.Specs;

/**
 * Altinn 3 system register, the vendor API: systems the suite registers under ids of its own run, for the
 * profile's vendor ({@code altinn.vendor}, a role), removed (soft-deleted) again after each check.
 */
final class AltinnChecks extends ApiChecks {

    static final String CREATE = "CreateRegisteredSystem";
    static final String LIST = "GetListOfRegisteredSystemsForVendor";
    static final String GET = "GetRegisteredSystemInfo";
    static final String UPDATE = "UpdateWholeRegisteredSystem";
    static final String DELETE = "SetDeleteOnRegisteredSystem";
    static final String RIGHTS = "UpdateRightsOnRegisteredSystem";
    static final String PACKAGES = "UpdateAccessPackagesOnRegisteredSystem";

    /** The contract: "altinn:authentication/systemregister.admin, which may register a system for any vendor". */
    static final String ADMIN_SCOPE = "altinn:authentication/systemregister.admin";

    private static final String RESOURCE_ATTRIBUTE = "urn:altinn:resource";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    String api() {
        return "altinn-systemregister";
    }

    @Override
    Optional<Refusal> refusal(Profile profile, Role role, Specs.DocumentedOperation operation) {
        List<String> scopes = extensionList(operation, "x-scopes");
        boolean scoped = role.scopes().stream().anyMatch(scopes::contains);
        if (!scoped || role.organisation() == null) {
            return Optional.of(new Refusal(403, ""));
        }
        if (operation.operationId().equals(LIST) || role.scopes().contains(ADMIN_SCOPE)) {
            return Optional.empty();
        }
        String vendor = profile.value("altinn.vendor")
                .flatMap(profile::role)
                .map(Role::organisation)
                .orElse(null);
        return role.organisation().equals(vendor) ? Optional.empty() : Optional.of(new Refusal(403, ""));
    }

    @Override
    Call valid(CheckContext context, String operationId) {
        if (operationId.equals(CREATE)) {
            String id = newId(context);
            context.cleanup(remove(id));
            return context.call(CREATE)
                    .json(system(context, id, List.of(context.ids().uuid())).toString());
        }
        if (operationId.equals(LIST)) {
            return context.call(LIST);
        }
        String id = created(context);
        return switch (operationId) {
            case GET, DELETE -> context.call(operationId).path("systemId", id);
            case UPDATE ->
                context.call(UPDATE)
                        .path("systemId", id)
                        .json(system(context, id, List.of(context.ids().uuid()))
                                .put("isVisible", false)
                                .toString());
            case RIGHTS ->
                context.call(RIGHTS)
                        .path("systemId", id)
                        .json(rights(resources(context).getFirst()));
            case PACKAGES ->
                context.call(PACKAGES)
                        .path("systemId", id)
                        .json(packages(packages(context).getFirst()));
            default -> throw new IllegalArgumentException(operationId);
        };
    }

    /** BadRequest: "The request cannot be read (a malformed URI or escape …)", where it is the 400 without codes. */
    @Override
    Optional<Refusal> unreadable(Specs.DocumentedOperation operation) {
        return operation.responses().stream()
                        .anyMatch(response ->
                                response.status() == 400 && response.codes().isEmpty())
                ? Optional.of(new Refusal(400, ""))
                : Optional.empty();
    }

    /** The vendor's systems as the list shows them: a refused write adds, removes and changes none. */
    @Override
    Optional<String> visible(CheckContext context, Call start) {
        return start.operation().method().equals("GET")
                ? Optional.empty()
                : Optional.of(asVendor(context, context.call(LIST)).expect(200).body());
    }

    @Override
    void define(Definitions on) {
        create(on.operation(CREATE));
        on.operation(LIST)
                .documented(200, "the vendor's systems, without the deleted ones, ordered by system id", context -> {
                    String kept = created(context);
                    String deleted = created(context);
                    delete(context, deleted).expect(200);
                    Reply reply = asVendor(context, context.call(LIST)).expect(200);
                    List<String> ids = new ArrayList<>();
                    reply.json()
                            .forEach(system -> ids.add(system.path("systemId").asText()));
                    reply.check(ids.contains(kept), "expected " + kept + " among " + ids);
                    reply.check(!ids.contains(deleted), "expected the deleted " + deleted + " not to be listed");
                    reply.check(ids.equals(ids.stream().sorted().toList()), "expected the systems ordered by id");
                });

        Definitions.Operation get = on.operation(GET);
        get.documented(200, "a registered system reads back as it was registered", context -> {
            String client = context.ids().uuid();
            String id = registered(context, List.of(client));
            Reply reply = read(context, id);
            JsonNode system = reply.json();
            reply.check(system.path("id").asText().equals(id), "expected the id " + id);
            reply.check(!system.path("isDeleted").asBoolean(), "expected isDeleted: false");
            reply.check(texts(system.path("clientId")).equals(List.of(client)), "expected the client id " + client);
            reply.check(
                    system.path("vendor").path("ID").asText().equals("0192:" + vendor(context)),
                    "expected the vendor 0192:" + vendor(context));
        });
        notFound(get);

        update(on.operation(UPDATE));

        Definitions.Operation delete = on.operation(DELETE);
        delete.documented(200, "a system is marked as deleted", context -> {
            Reply reply = delete(context, created(context)).expect(200);
            reply.check(reply.json().path("succeeded").asBoolean(), "expected succeeded: true");
        });
        delete.add(
                Kind.STATEFUL,
                "soft delete: the system stays readable as deleted, its id stays taken, its client ids are free",
                context -> {
                    String client = context.ids().uuid();
                    String id = registered(context, List.of(client));
                    delete(context, id).expect(200);
                    Reply deleted = read(context, id);
                    deleted.check(deleted.json().path("isDeleted").asBoolean(), "expected isDeleted: true");
                    deleted.check(deleted.json().path("clientId").isEmpty(), "expected its client ids to be freed");
                    validationErrors(create(context, system(context, id, List.of())), "AUTH.VLD-00002");
                    registered(context, List.of(client));
                    delete(context, id).expect(200);
                    Reply update = onSystem(
                                    context,
                                    UPDATE,
                                    id,
                                    system(context, id, List.of()).toString())
                            .expect(400);
                    update.check(
                            update.json().path("detail").asText().equals("Cannot update a system marked as deleted."),
                            "expected the detail \"Cannot update a system marked as deleted.\"");
                },
                delete.response(200, ""),
                on.operation(CREATE).response(400, "AUTH.VLD-00002"),
                on.operation(GET).response(200, ""));
        notFound(delete);

        Definitions.Operation rights = on.operation(RIGHTS);
        rights.documented(200, "the rights are replaced", context -> {
            String id = created(context);
            String resource = resources(context).getLast();
            onSystem(context, RIGHTS, id, rights(resource)).expect(200);
            Reply reply = read(context, id);
            reply.check(
                    reply.json().at("/rights/0/resource/0/value").asText().equals(resource)
                            && reply.json().path("rights").size() == 1,
                    "expected the rights replaced by " + resource);
        });
        listRefused(
                rights,
                "AUTH.VLD-00003",
                "a resource the register does not have is refused",
                context -> rights(unknownResource(context)));
        listRefused(
                rights,
                "AUTH.VLD-00006",
                "the same right twice is refused",
                context ->
                        rights(resources(context).getFirst(), resources(context).getFirst()));
        notFound(rights);

        Definitions.Operation packages = on.operation(PACKAGES);
        packages.documented(200, "the access packages are replaced", context -> {
            String id = created(context);
            List<String> urns = packages(context);
            onSystem(context, PACKAGES, id, packages(urns.toArray(String[]::new)))
                    .expect(200);
            Reply reply = read(context, id);
            List<String> stored = new ArrayList<>();
            reply.json()
                    .path("accessPackages")
                    .forEach(p -> stored.add(p.path("urn").asText()));
            reply.check(
                    new HashSet<>(stored).equals(new HashSet<>(urns)),
                    "expected the packages " + urns + ", got " + stored);
        });
        listRefused(
                packages,
                "AUTH.VLD-00007",
                "the same access package twice is refused",
                context ->
                        packages(packages(context).getFirst(), packages(context).getFirst()));
        listRefused(
                packages,
                "AUTH.VLD-00008",
                "an access package Access Management does not know is refused",
                context -> packages(unknownPackage(context)));
        notFound(packages);
    }

    private void create(Definitions.Operation create) {
        create.documented(200, "a system is registered: its internal id", context -> {
            String id = newId(context);
            context.cleanup(remove(id));
            Reply reply = create(
                            context, system(context, id, List.of(context.ids().uuid())))
                    .expect(200);
            reply.check(
                    reply.json().isTextual()
                            && reply.json().asText().matches("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}"),
                    "expected the new system's internal id, a UUID as a JSON string");
        });
        refused(create, "AUTH.VLD-00000", "a vendor ID without the 0192 prefix is refused, alone", context -> {
            ObjectNode system = system(context, newId(context), List.of());
            ((ObjectNode) system.path("vendor")).put("ID", vendor(context));
            return system;
        });
        refused(
                create,
                "AUTH.VLD-00001",
                "a system id not starting with the vendor's number is refused",
                context -> system(context, "conf_" + context.ids().unique("x"), List.of()));
        refused(
                create,
                "AUTH.VLD-00002",
                "a system id that exists is refused",
                context -> system(context, created(context), List.of()));
        refused(
                create,
                "AUTH.VLD-00003",
                "a resource the register does not have is refused",
                context -> withRights(system(context, newId(context), List.of()), rights(unknownResource(context))));
        refused(create, "AUTH.VLD-00004", "a client id of another system is refused", context -> {
            String client = context.ids().uuid();
            registered(context, List.of(client));
            return system(context, newId(context), List.of(client));
        });
        refused(
                create,
                "AUTH.VLD-00005",
                "a redirect URL that is not absolute https is refused",
                context -> redirect(system(context, newId(context), List.of()), "http://conformance.invalid/callback"));
        refused(create, "AUTH.VLD-00006", "the same right twice is refused", context -> {
            String resource = resources(context).getFirst();
            return withRights(system(context, newId(context), List.of()), rights(resource, resource));
        });
        refused(create, "AUTH.VLD-00007", "the same access package twice is refused", context -> {
            String urn = packages(context).getFirst();
            return withPackages(system(context, newId(context), List.of()), packages(urn, urn));
        });
        refused(
                create,
                "AUTH.VLD-00008",
                "an access package Access Management does not know is refused",
                context -> withPackages(system(context, newId(context), List.of()), packages(unknownPackage(context))));
        create.documented(409, "the same client id twice in one request is refused, and nothing is stored", context -> {
            String id = newId(context);
            String client = context.ids().uuid();
            Reply reply = create(context, system(context, id, List.of(client, client)))
                    .expect(409);
            reply.check(
                    reply.body().startsWith("The System already exist: "),
                    "expected \"The System already exist: …\", got " + reply.body());
            asVendor(context, context.call(GET).path("systemId", id)).expect(404);
        });
    }

    private void update(Definitions.Operation update) {
        update.documented(200, "a system is replaced", context -> {
            String id = created(context);
            ObjectNode changed = system(context, id, List.of(context.ids().uuid()));
            ((ObjectNode) changed.path("name")).put("en", "Replaced " + id);
            onSystem(context, UPDATE, id, changed.toString()).expect(200);
            Reply reply = read(context, id);
            reply.check(reply.json().at("/name/en").asText().equals("Replaced " + id), "expected the new name");
        });
        updateRefused(
                update,
                "AUTH.VLD-00012",
                "a body whose id is not the path's is refused, alone",
                (context, id) -> system(context, newId(context), List.of()));
        updateRefused(
                update,
                "AUTH.VLD-00003",
                "a resource the register does not have is refused",
                (context, id) -> withRights(system(context, id, List.of()), rights(unknownResource(context))));
        updateRefused(update, "AUTH.VLD-00004", "a client id of another system is refused", (context, id) -> {
            String client = context.ids().uuid();
            registered(context, List.of(client));
            return system(context, id, List.of(client));
        });
        updateRefused(
                update,
                "AUTH.VLD-00005",
                "a redirect URL that is not absolute https is refused",
                (context, id) -> redirect(system(context, id, List.of()), "http://conformance.invalid/callback"));
        updateRefused(update, "AUTH.VLD-00006", "the same right twice is refused", (context, id) -> {
            String resource = resources(context).getFirst();
            return withRights(system(context, id, List.of()), rights(resource, resource));
        });
        updateRefused(update, "AUTH.VLD-00007", "the same access package twice is refused", (context, id) -> {
            String urn = packages(context).getFirst();
            return withPackages(system(context, id, List.of()), packages(urn, urn));
        });
        updateRefused(
                update,
                "AUTH.VLD-00008",
                "an access package Access Management does not know is refused",
                (context, id) -> withPackages(system(context, id, List.of()), packages(unknownPackage(context))));
        updateRefused(update, "AUTH.VLD-00011", "the same client id twice is refused", (context, id) -> {
            String client = context.ids().uuid();
            return system(context, id, List.of(client, client));
        });
        notFound(update);
    }

    /** A create whose body breaks one rule: 400 with that code alone, and no system of that id afterwards. */
    private void refused(Definitions.Operation create, String code, String title, Body body) {
        create.documented(400, code, title, context -> {
            ObjectNode system = body.of(context);
            String id = system.path("id").asText();
            boolean existed = id.startsWith(vendor(context) + "_")
                    && asVendor(context, context.call(GET).path("systemId", id)).status() == 200;
            validationErrors(create(context, system), code);
            if (!existed && id.startsWith(vendor(context) + "_")) {
                asVendor(context, context.call(GET).path("systemId", id)).expect(404);
            }
        });
    }

    /** An update of a registered system whose body breaks one rule: 400 with that code alone. */
    private void updateRefused(Definitions.Operation update, String code, String title, UpdateBody body) {
        update.documented(400, code, title, context -> {
            String id = created(context);
            validationErrors(onSystem(context, UPDATE, id, body.of(context, id).toString()), code);
        });
    }

    /** A replacement of a registered system's rights or packages that breaks one rule: 400 with that code alone. */
    private void listRefused(Definitions.Operation operation, String code, String title, ListBody body) {
        String id = operation.model().operationId();
        operation.documented(
                400,
                code,
                title,
                context -> validationErrors(onSystem(context, id, created(context), body.of(context)), code));
    }

    private void notFound(Definitions.Operation operation) {
        String id = operation.model().operationId();
        operation.documented(404, "an unknown system is not found", context -> {
            String unknown = newId(context);
            Reply reply = asVendor(context, valid(context, id).path("systemId", unknown))
                    .expect(404);
            String detail = "System with ID '" + unknown + "' not found.";
            reply.check(reply.json().path("detail").asText().equals(detail), "expected the detail \"" + detail + "\"");
        });
    }

    @FunctionalInterface
    private interface Body {
        ObjectNode of(CheckContext context) throws Exception;
    }

    @FunctionalInterface
    private interface UpdateBody {
        ObjectNode of(CheckContext context, String id) throws Exception;
    }

    @FunctionalInterface
    private interface ListBody {
        String of(CheckContext context) throws Exception;
    }

    /**
     * The 400 problem with exactly these AUTH.VLD codes, each with the text and the path its contract documents.
     */
    static void validationErrors(Reply reply, String... codes) {
        reply.expect(400).codesExactly(codes);
        Map<String, Map<?, ?>> documented = documentedCodes(reply);
        for (JsonNode error : reply.json().path("validationErrors")) {
            Map<?, ?> entry = documented.get(error.path("code").asText());
            if (entry == null) {
                continue;
            }
            reply.check(
                    error.path("detail").asText().equals(entry.get("text")),
                    "expected %s's detail \"%s\", got \"%s\""
                            .formatted(
                                    entry.get("code"),
                                    entry.get("text"),
                                    error.path("detail").asText()));
            if (entry.get("path") != null) {
                reply.check(
                        texts(error.path("paths")).contains(String.valueOf(entry.get("path"))),
                        "expected %s's path %s, got %s"
                                .formatted(entry.get("code"), entry.get("path"), error.path("paths")));
            }
        }
    }

    /** The {@code x-error-codes} of the operation's 400, by code (each with its text and path). */
    @SuppressWarnings("unchecked")
    private static Map<String, Map<?, ?>> documentedCodes(Reply reply) {
        Specs.DocumentedOperation operation = Apis.spec("altinn-systemregister").operations().stream()
                .filter(candidate ->
                        candidate.operationId().equals(reply.exchange().operationId()))
                .findFirst()
                .orElseThrow();
        Object codes =
                operation.model().getResponses().get("400").getExtensions().get("x-error-codes");
        Map<String, Map<?, ?>> byCode = new java.util.LinkedHashMap<>();
        for (Object entry : (List<Object>) codes) {
            if (entry instanceof Map<?, ?> map) {
                byCode.put(String.valueOf(map.get("code")), map);
            }
        }
        return byCode;
    }

    /** Sends the request with the token of the profile's vendor. */
    private static Reply asVendor(CheckContext context, Call call) {
        return call.bearer(context.fixture("altinn.vendor")).send();
    }

    private static Reply create(CheckContext context, ObjectNode system) {
        return asVendor(context, context.call(CREATE).json(system.toString()));
    }

    private static Reply read(CheckContext context, String id) {
        return asVendor(context, context.call(GET).path("systemId", id)).expect(200);
    }

    private static Reply delete(CheckContext context, String id) {
        return asVendor(context, context.call(DELETE).path("systemId", id));
    }

    /** A request with a body to an operation on one system. */
    private static Reply onSystem(CheckContext context, String operationId, String id, String body) {
        return asVendor(context, context.call(operationId).path("systemId", id).json(body));
    }

    private static String vendor(CheckContext context) {
        String role = context.fixture("altinn.vendor");
        String organisation = context.credentials().role(role).organisation();
        if (organisation == null) {
            throw new NotRun("the profile's role " + role + " (altinn.vendor) names no organisation");
        }
        return organisation;
    }

    /** A fresh system id of the vendor: {@code <orgno>_conf<run><n>}. */
    private static String newId(CheckContext context) {
        return vendor(context) + "_" + context.ids().unique("conf");
    }

    /** Registers a system for the vendor (removed after the check) and gives its id. */
    private static String created(CheckContext context) {
        return registered(context, List.of(context.ids().uuid()));
    }

    /** Registers a system for the vendor with these client ids (removed after the check) and gives its id. */
    private static String registered(CheckContext context, List<String> clientIds) {
        String id = newId(context);
        create(context, system(context, id, clientIds)).expect(200);
        context.cleanup(remove(id));
        return id;
    }

    private static org.tvilling.conformance.Check.Body remove(String id) {
        return context -> delete(context, id);
    }

    private static ObjectNode system(CheckContext context, String id, List<String> clientIds) {
        ObjectNode system = JSON.createObjectNode();
        system.put("id", id);
        system.putObject("vendor").put("authority", "iso6523-actorid-upis").put("ID", "0192:" + vendor(context));
        for (String member : List.of("name", "description")) {
            system.putObject(member)
                    .put("nb", "Samsvarstest " + id)
                    .put("en", "Conformance check " + id)
                    .put("nn", "Samsvarstest " + id);
        }
        try {
            system.set("rights", JSON.readTree(rights(resources(context).getFirst())));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        ArrayNode clients = system.putArray("clientId");
        clientIds.forEach(clients::add);
        system.putArray("allowedredirecturls").add("https://conformance.invalid/callback");
        system.put("isVisible", true);
        return system;
    }

    private static ObjectNode withRights(ObjectNode system, String rights) throws IOException {
        system.set("rights", JSON.readTree(rights));
        return system;
    }

    private static ObjectNode withPackages(ObjectNode system, String packages) throws IOException {
        system.set("accessPackages", JSON.readTree(packages));
        return system;
    }

    private static ObjectNode redirect(ObjectNode system, String url) {
        system.putArray("allowedredirecturls").add(url);
        return system;
    }

    private static String rights(String... resources) {
        ArrayNode rights = JSON.createArrayNode();
        for (String resource : resources) {
            rights.addObject()
                    .putArray("resource")
                    .addObject()
                    .put("id", RESOURCE_ATTRIBUTE)
                    .put("value", resource);
        }
        return rights.toString();
    }

    private static String packages(String... urns) {
        ArrayNode packages = JSON.createArrayNode();
        for (String urn : urns) {
            packages.addObject().put("urn", urn);
        }
        return packages.toString();
    }

    private static List<String> resources(CheckContext context) {
        return context.profile().list("altinn.resources");
    }

    private static List<String> packages(CheckContext context) {
        return context.profile().list("altinn.accessPackages");
    }

    private static String unknownResource(CheckContext context) {
        return context.ids().unique("conformance-unknown-resource-");
    }

    private static String unknownPackage(CheckContext context) {
        return "urn:altinn:accesspackage:" + context.ids().unique("conformance-unknown-");
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
