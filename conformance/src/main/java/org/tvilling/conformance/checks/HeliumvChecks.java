package org.tvilling.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tvilling.conformance.Call;
import org.tvilling.conformance.CheckContext;
import org.tvilling.conformance.Definitions;
import org.tvilling.conformance.Kind;
import org.tvilling.conformance.NotRun;
import org.tvilling.conformance.Reply;

/**
 * HELIUM V UserApi: sessions of its own (logon, logout, password), errors in {@code x-hv-error-*} headers,
 * failed logons throttled per name. Names the suite throttles are made up per run ({@code heliumv.throttling:
 * generated}) unless the profile lists names it may lock.
 */
final class HeliumvChecks extends ApiChecks {

    static final String LOGON = "logon";
    static final String LOGON_APP = "logonExternal";
    static final String LOGOUT = "logout";
    static final String LOGOUT_PATH = "logoutPathParam";
    static final String PASSWORD = "changePassword";
    static final String ID_CARD = "logonIdCard";

    /** Failed logons within the window before every further attempt is refused (the contract's "5"). */
    private static final int ALLOWED_FAILURES = 5;

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern XML_TOKEN = Pattern.compile("<token>([^<]+)</token>");

    @Override
    String api() {
        return "heliumv-user";
    }

    @Override
    Call valid(CheckContext context, String operationId) {
        return switch (operationId) {
            case LOGON -> logon(context, "heliumv.user");
            case LOGON_APP -> context.call(LOGON_APP).json(credentials(context, "heliumv.contact"));
            case ID_CARD ->
                context.call(ID_CARD)
                        .path("idcard", context.fixture("heliumv.idCard.card"))
                        .json(object("client", context.fixture("heliumv.idCard.client")));
            case PASSWORD -> {
                String password = context.fixture("heliumv.passwordUser.password");
                yield context.call(PASSWORD)
                        .query("userid", session(context, "heliumv.passwordUser", password))
                        .json(object("password", password));
            }
            case LOGOUT -> context.call(LOGOUT).query("userid", session(context, "heliumv.user", null));
            case LOGOUT_PATH -> context.call(LOGOUT_PATH).path("token", session(context, "heliumv.user", null));
            default -> throw new IllegalArgumentException(operationId);
        };
    }

    /**
     * Broken logons must not lock anyone: they start from names made up for the run (a user, an e-mail address, a
     * client for ID cards); broken password changes start from an ID-card session, which has no password to change.
     */
    @Override
    Call fuzzStart(CheckContext context, String operationId) {
        return switch (operationId) {
            case LOGON -> context.call(LOGON).json(credentials(generatedName(context), "wrong"));
            case LOGON_APP ->
                context.call(LOGON_APP).json(credentials(generatedName(context) + "@conformance.invalid", "wrong"));
            case ID_CARD ->
                context.call(ID_CARD)
                        .path("idcard", context.fixture("heliumv.idCard.card"))
                        .json(object("client", generatedName(context)));
            case PASSWORD ->
                context.call(PASSWORD)
                        .query(
                                "userid",
                                token(context, valid(context, ID_CARD).send().expect(201)))
                        .json(object("password", "never-" + context.ids().letters(8)));
            default -> valid(context, operationId);
        };
    }

    /** A made-up name the profile allows the suite to lock ({@code heliumv.throttling: generated}). */
    private static String generatedName(CheckContext context) {
        if (!context.profile().value("heliumv.throttling").orElse("").equals("generated")) {
            throw new NotRun("broken logons need names they may lock: heliumv.throttling is not 'generated'");
        }
        return context.ids().unique("conf");
    }

    @Override
    void define(Definitions on) {
        logon(on.operation(LOGON));
        logonApp(on.operation(LOGON_APP));
        logout(on.operation(LOGOUT), LOGOUT);
        logout(on.operation(LOGOUT_PATH), LOGOUT_PATH);
        password(on.operation(PASSWORD));
        idCard(on.operation(ID_CARD));
    }

    private void logon(Definitions.Operation logon) {
        logon.documented(201, "a user logs on (JSON)", context -> {
            Reply reply = valid(context, LOGON).send().expect(201);
            logoutQuietly(context, token(context, reply));
        });
        logon.documented(201, "a user logs on (XML both ways)", context -> {
            Reply reply = context.call(LOGON)
                    .accept("application/xml")
                    .body(
                            "application/xml",
                            "<logonEntry><username>%s</username><password>%s</password></logonEntry>"
                                    .formatted(
                                            xml(context.fixture("heliumv.user.username")),
                                            xml(context.fixture("heliumv.user.password"))))
                    .send()
                    .expect(201)
                    .contentType("application/xml");
            logoutQuietly(context, token(context, reply));
        });
        logon.documented(
                400,
                "9",
                "a missing username is refused, naming it",
                context -> valueMissing(
                        context.call(LOGON)
                                .json(object("password", context.fixture("heliumv.user.password")))
                                .send(),
                        "username"));
        logon.documented(400, "9", "a blank password is refused, naming it", context -> {
            ObjectNode body = JSON.createObjectNode()
                    .put("username", context.fixture("heliumv.user.username"))
                    .put("password", " ");
            valueMissing(context.call(LOGON).json(body.toString()).send(), "password");
        });
        logon.documented(
                400,
                "9",
                "a missing body is refused, naming logonEntry",
                context -> valueMissing(
                        context.call(LOGON)
                                .header("Content-Type", "application/json")
                                .send(),
                        "logonEntry"));
        logon.documented(
                401,
                "a wrong password fails without a hint",
                context -> noHint(context.call(LOGON)
                        .json(credentials(
                                context.fixture("heliumv.user.username"),
                                "wrong-" + context.ids().letters(8)))
                        .send()
                        .expect(401)));
        logon.documented(
                401,
                "an unknown user fails without a hint",
                context -> noHint(context.call(LOGON)
                        .json(credentials(context.ids().unique("conf-nobody-"), "wrong"))
                        .send()
                        .expect(401)));
        logon.add(
                Kind.STATEFUL,
                "after " + ALLOWED_FAILURES + " failed logons of a name, the next is refused with Retry-After",
                context -> throttled(context, name -> context.call(LOGON).json(credentials(name, "wrong"))),
                logon.response(401, ""),
                logon.response(429, ""));
    }

    private void logonApp(Definitions.Operation app) {
        app.documented(201, "a customer contact logs on in the one client with partlists", context -> {
            Reply reply = valid(context, LOGON_APP).send().expect(201);
            reply.check(reply.json().path("valid").asBoolean(), "expected valid: true");
            logoutQuietly(context, token(context, reply));
        });
        app.documented(
                417,
                "8/2079",
                "a contact with partlists in several clients is asked to choose one, and then logs on there",
                context -> {
                    Reply reply = context.call(LOGON_APP)
                            .json(credentials(context, "heliumv.contactInSeveralClients"))
                            .send()
                            .expect(417, "8/2079");
                    JsonNode tenants = reply.json().at("/possibleTenants/entries");
                    reply.check(
                            !reply.json().path("valid").asBoolean() && tenants.size() >= 2,
                            "expected valid: false and at least two possibleTenants");
                    ObjectNode retry =
                            (ObjectNode) JSON.readTree(credentials(context, "heliumv.contactInSeveralClients"));
                    retry.put("tenantCnr", tenants.get(0).path("cnr").asText());
                    Reply chosen = context.call(LOGON_APP)
                            .json(retry.toString())
                            .send()
                            .expect(201);
                    chosen.check(
                            chosen.json()
                                    .path("client")
                                    .asText()
                                    .equals(tenants.get(0).path("cnr").asText()),
                            "expected the logon in the client chosen");
                    logoutQuietly(context, token(context, chosen));
                });
        app.documented(404, "a contact whose customer has no partlists is not found", context -> {
            Reply reply = context.call(LOGON_APP)
                    .json(credentials(context, "heliumv.contactWithoutPartlists"))
                    .send()
                    .expect(404);
            reply.check(!reply.json().path("valid").asBoolean(), "expected valid: false");
        });
        app.documented(
                400,
                "9",
                "a missing username is refused, naming it",
                context -> valueMissing(
                        context.call(LOGON_APP)
                                .json(object("password", context.fixture("heliumv.contact.password")))
                                .send(),
                        "username"));
        app.documented(401, "a wrong password fails without a hint", context -> {
            Reply reply = context.call(LOGON_APP)
                    .json(credentials(
                            context.fixture("heliumv.contact.username"),
                            "wrong-" + context.ids().letters(8)))
                    .send()
                    .expect(401);
            noHint(reply);
            reply.check(!reply.json().path("valid").asBoolean(), "expected valid: false");
        });
        app.add(
                Kind.STATEFUL,
                "after " + ALLOWED_FAILURES + " failed logons of an e-mail address, the next is refused with"
                        + " Retry-After",
                context -> throttled(
                        context,
                        name -> context.call(LOGON_APP).json(credentials(name + "@conformance.invalid", "wrong"))),
                app.response(401, ""),
                app.response(429, ""));
    }

    private void logout(Definitions.Operation logout, String id) {
        logout.documented(
                200, "a live session ends", context -> valid(context, id).send().expect(200));
        logout.documented(
                204,
                "an unknown token: nothing to end",
                context -> withToken(context, id, context.ids().uuid()).send().expect(204));
        logout.add(
                Kind.STATEFUL,
                "an ended session stays ended: logging out again is 204, its token no longer changes a password",
                context -> {
                    String token = session(context, "heliumv.user", null);
                    withToken(context, id, token).send().expect(200);
                    withToken(context, id, token).send().expect(204);
                    context.call(PASSWORD)
                            .query("userid", token)
                            .json(object("password", "never-" + context.ids().letters(8)))
                            .send()
                            .expect(401);
                },
                logout.response(200, ""),
                logout.response(204, ""));
        if (id.equals(LOGOUT)) {
            logout.documented(
                    400,
                    "9",
                    "no token is refused, naming userid",
                    context -> valueMissing(context.call(LOGOUT).send(), "userid"));
        } else {
            logout.documented(
                    400,
                    "9",
                    "a blank token is refused, naming userid",
                    context -> valueMissing(
                            context.call(LOGOUT_PATH).rawPath("token", "%20").send(), "userid"));
        }
    }

    private static Call withToken(CheckContext context, String id, String token) {
        return id.equals(LOGOUT)
                ? context.call(LOGOUT).query("userid", token)
                : context.call(LOGOUT_PATH).path("token", token);
    }

    private void password(Definitions.Operation password) {
        password.add(
                Kind.STATEFUL,
                "a password change: the new password works, the old one no longer; other sessions end, the"
                        + " caller's stays",
                context -> {
                    String old = context.fixture("heliumv.passwordUser.password");
                    String changed = context.http()
                            .secrets()
                            .add("conf-" + context.ids().letters(16), "a password of the check");
                    String caller = session(context, "heliumv.passwordUser", old);
                    String other = session(context, "heliumv.passwordUser", old);
                    try {
                        context.call(PASSWORD)
                                .query("userid", caller)
                                .json(object("password", changed))
                                .send()
                                .expect(201);
                        context.call(PASSWORD)
                                .query("userid", other)
                                .json(object("password", changed))
                                .send()
                                .expect(401);
                        noHint(context.call(LOGON)
                                .json(credentials(context.fixture("heliumv.passwordUser.username"), old))
                                .send()
                                .expect(401));
                        logoutQuietly(context, session(context, "heliumv.passwordUser", changed));
                    } finally {
                        context.call(PASSWORD)
                                .query("userid", caller)
                                .json(object("password", old))
                                .send()
                                .expect(201);
                    }
                    context.call(LOGOUT).query("userid", caller).send().expect(200);
                },
                password.response(201, ""),
                password.response(401, ""));
        password.documented(201, "the password set to itself (XML)", context -> {
            String current = context.fixture("heliumv.passwordUser.password");
            String token = session(context, "heliumv.passwordUser", current);
            context.call(PASSWORD)
                    .query("userid", token)
                    .body(
                            "application/xml",
                            "<changePasswordEntry><password>%s</password></changePasswordEntry>"
                                    .formatted(xml(current)))
                    .send()
                    .expect(201);
            logoutQuietly(context, token);
        });
        password.documented(
                400,
                "9",
                "no token is refused, naming userid",
                context -> valueMissing(
                        context.call(PASSWORD).json(object("password", "x")).send(), "userid"));
        password.documented(400, "9", "a missing password is refused, naming passwordEntry", context -> {
            String token = session(context, "heliumv.user", null);
            valueMissing(
                    context.call(PASSWORD).query("userid", token).json("{}").send(), "passwordEntry");
            logoutQuietly(context, token);
        });
        password.documented(400, "8/8", "an ID-card session has no password to change", context -> {
            Reply logon = valid(context, ID_CARD).send().expect(201);
            String token = token(context, logon);
            context.call(PASSWORD)
                    .query("userid", token)
                    .json(object("password", "x-" + context.ids().letters(8)))
                    .send()
                    .expect(400, "8/8");
            logoutQuietly(context, token);
        });
        password.documented(
                401,
                "an unknown token is refused without a hint",
                context -> noHint(context.call(PASSWORD)
                        .query("userid", context.ids().uuid())
                        .json(object("password", "x"))
                        .send()
                        .expect(401)));
    }

    private void idCard(Definitions.Operation idCard) {
        idCard.documented(201, "a staff member logs on by ID card in its client", context -> {
            Reply reply = valid(context, ID_CARD).send().expect(201);
            reply.check(
                    reply.json().path("client").asText().equals(context.fixture("heliumv.idCard.client")),
                    "expected the logon in the card's client");
            logoutQuietly(context, token(context, reply));
        });
        idCard.documented(
                400,
                "9",
                "an unreadable body is refused, naming logonEntry",
                context -> context.call(ID_CARD)
                        .path("idcard", context.fixture("heliumv.idCard.card"))
                        .json("{\"client\": [")
                        .send()
                        .expect(400, "9")
                        .header("x-hv-error-key", "logonEntry")
                        .headerPresent("x-hv-error-description"));
        idCard.documented(
                401,
                "a card in a client where no staff member has it fails without a hint",
                context -> noHint(context.call(ID_CARD)
                        .path("idcard", context.fixture("heliumv.idCard.card"))
                        .json(object("client", context.ids().unique("conf")))
                        .send()
                        .expect(401)));
        idCard.add(
                Kind.STATEFUL,
                "after " + ALLOWED_FAILURES + " failed ID-card logons in a client, the next is refused with"
                        + " Retry-After",
                context -> {
                    String client = throttlingName(context, 0);
                    throttled(
                            context,
                            card -> context.call(ID_CARD).path("idcard", card).json(object("client", client)));
                },
                idCard.response(401, ""),
                idCard.response(429, ""));
    }

    /**
     * {@value #ALLOWED_FAILURES} failed attempts of one name are 401, the next is 429 with Retry-After. The name
     * is made up for the run, or one the profile allows the suite to lock.
     */
    private static void throttled(CheckContext context, java.util.function.Function<String, Call> attempt) {
        String name = throttlingName(context, 1);
        for (int i = 1; i <= ALLOWED_FAILURES; i++) {
            attempt.apply(name).send().expect(401);
        }
        attempt.apply(name)
                .send()
                .expect(429)
                .headerMatches("Retry-After", "a number of seconds", value -> value.matches("[1-9][0-9]*"));
    }

    private static String throttlingName(CheckContext context, int index) {
        String mode = context.profile().value("heliumv.throttling").orElse("");
        if (mode.equals("generated")) {
            return context.ids().unique("conf") + index;
        }
        JsonNode names = context.profile().node("heliumv.throttling");
        if (names.isArray() && names.size() > index) {
            return names.get(index).asText();
        }
        throw new NotRun("heliumv.throttling allows the suite to lock no name ('generated', or a list of names)");
    }

    /** Code 9, the element as key, {@code {empty}} as value, no body. */
    private static void valueMissing(Reply reply, String key) {
        reply.expect(400, "9")
                .header("x-hv-error-key", key)
                .header("x-hv-error-value", "{empty}")
                .emptyBody();
    }

    /** A failed logon gives no hint: no {@code x-hv-} header. */
    private static void noHint(Reply reply) {
        reply.noHeaderStartingWith("x-hv-");
    }

    private static Call logon(CheckContext context, String who) {
        return context.call(LOGON).json(credentials(context, who));
    }

    /** A live session of a user of the profile, with the given password (or the profile's). */
    private static String session(CheckContext context, String who, String password) {
        String username = context.fixture(who + ".username");
        String secret = password != null ? password : context.fixture(who + ".password");
        return token(
                context,
                context.call(LOGON).json(credentials(username, secret)).send().expect(201));
    }

    /** The session token of a logon's answer (JSON or XML), from now on a secret. */
    private static String token(CheckContext context, Reply reply) {
        String token;
        if (reply.body().startsWith("<")) {
            Matcher matcher = XML_TOKEN.matcher(reply.body());
            token = matcher.find() ? matcher.group(1) : "";
        } else {
            token = reply.json().path("token").asText();
        }
        reply.check(!token.isBlank(), "expected a token");
        return context.http().secrets().add(token, "a session token");
    }

    private static void logoutQuietly(CheckContext context, String token) {
        context.call(LOGOUT).query("userid", token).send();
    }

    private static String credentials(CheckContext context, String who) {
        return credentials(context.fixture(who + ".username"), context.fixture(who + ".password"));
    }

    private static String credentials(String username, String password) {
        return JSON.createObjectNode()
                .put("username", username)
                .put("password", password)
                .toString();
    }

    private static String object(String name, String value) {
        return JSON.createObjectNode().put(name, value).toString();
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
