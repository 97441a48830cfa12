package org.tvilling.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    @Override
    void define(Definitions on) {
        create(on.operation(CREATE));
        Definitions.Operation list = on.operation(LIST);
        list.documented(200, "the vendor's systems, without the deleted ones, ordered by system id", context -> {
            String kept = created(context);
            String deleted = created(context);
            asVendor(context, context.call(DELETE).path("systemId", deleted))
                    .send()
                    .expect(200);
            Reply reply = asVendor(context, context.call(LIST)).send().expect(200);
            List<String> ids = new ArrayList<>();
            reply.json().forEach(system -> ids.add(system.path("systemId").asText()));
            reply.check(ids.contains(kept), "expected " + kept + " among " + ids);
            reply.check(!ids.contains(deleted), "expected the deleted " + deleted + " not to be listed");
            reply.check(ids.equals(ids.stream().sorted().toList()), "expected the systems ordered by id: " + ids);
        });

        Definitions.Operation get = on.operation(GET);
        get.documented(200, "a registered system reads back as it was registered", context -> {
            String id = newId(context);
            String client = context.ids().uuid();
            asVendor(
                            context,
                            context.call(CREATE)
                                    .json(system(context, id, List.of(client)).toString()))
                    .send()
                    .expect(200);
            context.cleanup(remove(id));
            Reply reply = asVendor(context, context.call(GET).path("systemId", id))
                    .send()
                    .expect(200);
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
            String id = created(context);
            Reply reply = asVendor(context, context.call(DELETE).path("systemId", id))
                    .send()
                    .expect(200);
            reply.check(reply.json().path("succeeded").asBoolean(), "expected succeeded: true");
        });
        delete.add(
                Kind.STATEFUL,
                "soft delete: the system stays readable as deleted, its id stays taken, its client ids are free",
                context -> {
                    String id = newId(context);
                    String client = context.ids().uuid();
                    asVendor(
                                    context,
                                    context.call(CREATE)
                                            .json(system(context, id, List.of(client))
                                                    .toString()))
                            .send()
                            .expect(200);
                    asVendor(context, context.call(DELETE).path("systemId", id))
                            .send()
                            .expect(200);
                    Reply read = asVendor(context, context.call(GET).path("systemId", id))
                            .send()
                            .expect(200);
                    read.check(read.json().path("isDeleted").asBoolean(), "expected isDeleted: true");
                    read.check(read.json().path("clientId").isEmpty(), "expected its client ids to be freed");
                    validationErrors(
                            asVendor(
                                            context,
                                            context.call(CREATE)
                                                    .json(system(context, id, List.of())
                                                            .toString()))
                                    .send(),
                            "AUTH.VLD-00002");
                    String reuser = newId(context);
                    asVendor(
                                    context,
                                    context.call(CREATE)
                                            .json(system(context, reuser, List.of(client))
                                                    .toString()))
                            .send()
                            .expect(200);
                    context.cleanup(remove(reuser));
                    asVendor(context, context.call(DELETE).path("systemId", id))
                            .send()
                            .expect(200);
                    Reply update = asVendor(
                                    context,
                                    context.call(UPDATE)
                                            .path("systemId", id)
                                            .json(system(context, id, List.of()).toString()))
                            .send()
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
            asVendor(context, context.call(RIGHTS).path("systemId", id).json(rights(resource)))
                    .send()
                    .expect(200);
            Reply read = asVendor(context, context.call(GET).path("systemId", id))
                    .send()
                    .expect(200);
            read.check(
                    read.json().at("/rights/0/resource/0/value").asText().equals(resource)
                            && read.json().path("rights").size() == 1,
                    "expected the rights replaced by " + resource);
        });
        rights.documented(
                400,
                "AUTH.VLD-00003",
                "a resource the register does not have is refused",
                context -> validationErrors(
                        asVendor(
                                        context,
                                        context.call(RIGHTS)
                                                .path("systemId", created(context))
                                                .json(rights(unknownResource(context))))
                                .send(),
                        "AUTH.VLD-00003"));
        rights.documented(400, "AUTH.VLD-00006", "the same right twice is refused", context -> {
            String resource = resources(context).getFirst();
            validationErrors(
                    asVendor(
                                    context,
                                    context.call(RIGHTS)
                                            .path("systemId", created(context))
                                            .json(rights(resource, resource)))
                            .send(),
                    "AUTH.VLD-00006");
        });
        notFound(rights);

        Definitions.Operation packages = on.operation(PACKAGES);
        packages.documented(200, "the access packages are replaced", context -> {
            String id = created(context);
            List<String> urns = packages(context);
            asVendor(context, context.call(PACKAGES).path("systemId", id).json(packages(urns.toArray(String[]::new))))
                    .send()
                    .expect(200);
            Reply read = asVendor(context, context.call(GET).path("systemId", id))
                    .send()
                    .expect(200);
            List<String> stored = new ArrayList<>();
            read.json()
                    .path("accessPackages")
                    .forEach(p -> stored.add(p.path("urn").asText()));
            read.check(
                    new HashSet<>(stored).equals(new HashSet<>(urns)),
                    "expected the packages " + urns + ", got " + stored);
        });
        packages.documented(400, "AUTH.VLD-00007", "the same access package twice is refused", context -> {
            String urn = packages(context).getFirst();
            validationErrors(
                    asVendor(
                                    context,
                                    context.call(PACKAGES)
                                            .path("systemId", created(context))
                                            .json(packages(urn, urn)))
                            .send(),
                    "AUTH.VLD-00007");
        });
        packages.documented(
                400,
                "AUTH.VLD-00008",
                "an access package Access Management does not know is refused",
                context -> validationErrors(
                        asVendor(
                                        context,
                                        context.call(PACKAGES)
                                                .path("systemId", created(context))
                                                .json(packages(unknownPackage(context))))
                                .send(),
                        "AUTH.VLD-00008"));
        notFound(packages);
    }

    private void create(Definitions.Operation create) {
        create.documented(200, "a system is registered: its internal id", context -> {
            String id = newId(context);
            Reply reply = asVendor(
                            context,
                            context.call(CREATE)
                                    .json(system(
                                                    context,
                                                    id,
                                                    List.of(context.ids().uuid()))
                                            .toString()))
                    .send()
                    .expect(200);
            context.cleanup(remove(id));
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
        create.documented(400, "AUTH.VLD-00002", "a system id that exists is refused", context -> {
            String id = created(context);
            validationErrors(
                    asVendor(
                                    context,
                                    context.call(CREATE)
                                            .json(system(context, id, List.of()).toString()))
                            .send(),
                    "AUTH.VLD-00002");
        });
        refused(
                create,
                "AUTH.VLD-00003",
                "a resource the register does not have is refused",
                context -> system(context, newId(context), List.of())
                        .set("rights", JSON.readTree(rights(unknownResource(context)))));
        create.documented(400, "AUTH.VLD-00004", "a client id of another system is refused", context -> {
            String client = context.ids().uuid();
            String first = newId(context);
            asVendor(
                            context,
                            context.call(CREATE)
                                    .json(system(context, first, List.of(client))
                                            .toString()))
                    .send()
                    .expect(200);
            context.cleanup(remove(first));
            validationErrors(
                    asVendor(
                                    context,
                                    context.call(CREATE)
                                            .json(system(context, newId(context), List.of(client))
                                                    .toString()))
                            .send(),
                    "AUTH.VLD-00004");
        });
        refused(
                create,
                "AUTH.VLD-00005",
                "a redirect URL that is not absolute https is refused",
                context -> redirect(system(context, newId(context), List.of()), "http://conformance.invalid/callback"));
        refused(create, "AUTH.VLD-00006", "the same right twice is refused", context -> {
            String resource = resources(context).getFirst();
            return system(context, newId(context), List.of()).set("rights", JSON.readTree(rights(resource, resource)));
        });
        refused(create, "AUTH.VLD-00007", "the same access package twice is refused", context -> {
            String urn = packages(context).getFirst();
            return system(context, newId(context), List.of()).set("accessPackages", JSON.readTree(packages(urn, urn)));
        });
        refused(
                create,
                "AUTH.VLD-00008",
                "an access package Access Management does not know is refused",
                context -> system(context, newId(context), List.of())
                        .set("accessPackages", JSON.readTree(packages(unknownPackage(context)))));
        create.documented(409, "the same client id twice in one request is refused", context -> {
            String id = newId(context);
            String client = context.ids().uuid();
            Reply reply = asVendor(
                            context,
                            context.call(CREATE)
                                    .json(system(context, id, List.of(client, client))
                                            .toString()))
                    .send()
                    .expect(409);
            reply.check(
                    reply.body().startsWith("The System already exist: "),
                    "expected \"The System already" + " exist: …\", got " + reply.body());
            asVendor(context, context.call(GET).path("systemId", id)).send().expect(404);
        });
    }

    private void update(Definitions.Operation update) {
        update.documented(200, "a system is replaced", context -> {
            String id = created(context);
            ObjectNode changed = system(context, id, List.of(context.ids().uuid()));
            ((ObjectNode) changed.path("name")).put("en", "Replaced " + id);
            asVendor(context, context.call(UPDATE).path("systemId", id).json(changed.toString()))
                    .send()
                    .expect(200);
            Reply read = asVendor(context, context.call(GET).path("systemId", id))
                    .send()
                    .expect(200);
            read.check(read.json().at("/name/en").asText().equals("Replaced " + id), "expected the new name");
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
                (context, id) ->
                        system(context, id, List.of()).set("rights", JSON.readTree(rights(unknownResource(context)))));
        update.documented(400, "AUTH.VLD-00004", "a client id of another system is refused", context -> {
            String client = context.ids().uuid();
            String other = newId(context);
            asVendor(
                            context,
                            context.call(CREATE)
                                    .json(system(context, other, List.of(client))
                                            .toString()))
                    .send()
                    .expect(200);
            context.cleanup(remove(other));
            String id = created(context);
            validationErrors(
                    asVendor(
                                    context,
                                    context.call(UPDATE)
                                            .path("systemId", id)
                                            .json(system(context, id, List.of(client))
                                                    .toString()))
                            .send(),
                    "AUTH.VLD-00004");
        });
        updateRefused(
                update,
                "AUTH.VLD-00005",
                "a redirect URL that is not absolute https is refused",
                (context, id) -> redirect(system(context, id, List.of()), "http://conformance.invalid/callback"));
        updateRefused(update, "AUTH.VLD-00006", "the same right twice is refused", (context, id) -> {
            String resource = resources(context).getFirst();
            return system(context, id, List.of()).set("rights", JSON.readTree(rights(resource, resource)));
        });
        updateRefused(update, "AUTH.VLD-00007", "the same access package twice is refused", (context, id) -> {
            String urn = packages(context).getFirst();
            return system(context, id, List.of()).set("accessPackages", JSON.readTree(packages(urn, urn)));
        });
        updateRefused(
                update,
                "AUTH.VLD-00008",
                "an access package Access Management does not know is refused",
                (context, id) -> system(context, id, List.of())
                        .set("accessPackages", JSON.readTree(packages(unknownPackage(context)))));
        updateRefused(update, "AUTH.VLD-00011", "the same client id twice is refused", (context, id) -> {
            String client = context.ids().uuid();
            return system(context, id, List.of(client, client));
        });
        notFound(update);
    }

    /** A create whose body breaks one rule: 400 with that code alone. */
    private void refused(Definitions.Operation create, String code, String title, Body body) {
        create.documented(400, code, title, context -> {
            ObjectNode system = body.of(context);
            Reply reply = asVendor(context, context.call(CREATE).json(system.toString()))
                    .send();
            validationErrors(reply, code);
            String id = system.path("id").asText();
            if (id.startsWith(vendor(context) + "_")) {
                asVendor(context, context.call(GET).path("systemId", id)).send().expect(404);
            }
        });
    }

    private void updateRefused(Definitions.Operation update, String code, String title, UpdateBody body) {
        update.documented(400, code, title, context -> {
            String id = created(context);
            validationErrors(
                    asVendor(
                                    context,
                                    context.call(UPDATE)
                                            .path("systemId", id)
                                            .json(body.of(context, id).toString()))
                            .send(),
                    code);
        });
    }

    private void notFound(Definitions.Operation operation) {
        String id = operation.model().operationId();
        operation.documented(404, "an unknown system is not found", context -> {
            String unknown = newId(context);
            Call call = valid(context, id).path("systemId", unknown);
            Reply reply = asVendor(context, call).send().expect(404);
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

    private static Call asVendor(CheckContext context, Call call) {
        return call.bearer(context.fixture("altinn.vendor"));
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
        String id = newId(context);
        asVendor(
                        context,
                        context.call(CREATE)
                                .json(system(context, id, List.of(context.ids().uuid()))
                                        .toString()))
                .send()
                .expect(200);
        context.cleanup(remove(id));
        return id;
    }

    private static org.tvilling.conformance.Check.Body remove(String id) {
        return context ->
                asVendor(context, context.call(DELETE).path("systemId", id)).send();
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
