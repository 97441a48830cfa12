package org.tvilling.conformance.checks;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tvilling.conformance.Call;
import org.tvilling.conformance.CheckContext;
import org.tvilling.conformance.Definitions;
import org.tvilling.conformance.Kind;
import org.tvilling.conformance.NotRun;
import org.tvilling.conformance.Reply;

/** STAR Virksomhedsindsats.VirksomhedLoginService: companies' logins, by CVR number. */
final class VirksomhedLoginChecks extends StarChecks {

    static final String GET = "GetVirksomhedLogin";
    static final String SET = "SetVirksomhedLogin";
    static final String GET_ALL = "GetVirksomhedLogins";

    /** How far the target's clock may be from the suite's for "now". */
    private static final Duration CLOCKS = Duration.ofMinutes(5);

    @Override
    String api() {
        return "star-virksomhedlogin";
    }

    @Override
    Call valid(CheckContext context, String operationId) {
        return switch (operationId) {
            case GET -> context.call(GET).path("cvrNummer", context.fixture("star.cvrWithLogins"));
            case SET ->
                context.call(SET)
                        .path("cvrNummer", context.fixture("star.cvrWithLogins"))
                        .header("x-requestId", context.ids().unique("conf-"));
            case GET_ALL -> context.call(GET_ALL);
            default -> throw new IllegalArgumentException(operationId);
        };
    }

    /** The companies with a login and their first logins: a refused login adds none and changes none. */
    @Override
    Optional<String> visible(CheckContext context, Call start) throws Exception {
        if (!start.operation().operationId().equals(SET)) {
            return Optional.empty();
        }
        StringBuilder logins = new StringBuilder();
        authorised(context, GET_ALL)
                .send()
                .expect(200)
                .json()
                .path("virksomhedLogins")
                .forEach(login -> logins.append(login.path("cvrNummer").asText())
                        .append(' ')
                        .append(login.path("tidligsteLoginTidspunkt").asText())
                        .append('\n'));
        return Optional.of(logins.toString());
    }

    @Override
    void define(Definitions on) {
        Definitions.Operation get = on.operation(GET);
        get.documented(200, "a company with logins: its first and latest login", context -> {
            String cvr = context.fixture("star.cvrWithLogins");
            Reply reply = authorised(context, GET).send().expect(200);
            Login login = login(reply, cvr);
            reply.check(
                    !login.first().isAfter(login.latest()),
                    "expected the first login not after the latest, got " + login);
        });
        get.documented(400, "1014", "a cvrNummer breaking its documented pattern is refused", context -> {
            Reply reply = authorised(context, GET)
                    .path("cvrNummer", Inputs.breakingPattern(get.model(), "path", "cvrNummer"))
                    .send()
                    .expect(400, "1014");
            feltIfAny(reply, "cvrNummer");
        });
        get.documented(
                404,
                "120700",
                "a company that never logged in has no login",
                context -> authorised(context, GET)
                        .path("cvrNummer", context.fixture("star.cvrWithoutLogin"))
                        .send()
                        .expect(404, "120700"));

        Definitions.Operation set = on.operation(SET);
        set.add(
                Kind.STATEFUL,
                "a login moves only the latest login to now",
                context -> {
                    String cvr = context.fixture("star.cvrWithLogins");
                    Login before = login(authorised(context, GET).send().expect(200), cvr);
                    Instant sent = Instant.now();
                    authorised(context, SET).send().expect(200);
                    Reply reply = authorised(context, GET).send().expect(200);
                    Login after = login(reply, cvr);
                    reply.check(
                            after.first().equals(before.first()),
                            "expected the first login to stay " + before.first() + ", got " + after.first());
                    reply.check(
                            near(after.latest(), sent),
                            "expected the latest login to be now (" + sent + "), got " + after.latest());
                },
                set.response(200, ""));
        set.add(
                Kind.STATEFUL,
                "a company's first login sets both its first and its latest login",
                context -> {
                    String cvr = context.fixture("star.cvrForFirstLogin");
                    Reply before =
                            authorised(context, GET).path("cvrNummer", cvr).send();
                    if (before.status() == 200) {
                        throw new NotRun("star.cvrForFirstLogin " + cvr + " has logged in already (an earlier run"
                                + " gave it its first login); name a company that never has");
                    }
                    before.expect(404, "120700");
                    Instant sent = Instant.now();
                    authorised(context, SET).path("cvrNummer", cvr).send().expect(200);
                    Reply reply = authorised(context, GET)
                            .path("cvrNummer", cvr)
                            .send()
                            .expect(200);
                    Login after = login(reply, cvr);
                    reply.check(
                            after.first().equals(after.latest()),
                            "expected the first and the latest login to be the same, got " + after);
                    reply.check(
                            near(after.latest(), sent), "expected the login to be now (" + sent + "), got " + after);
                },
                set.response(200, ""),
                on.operation(GET).response(404, "120700"));
        set.add(
                Kind.STATEFUL,
                "a repeated x-requestId changes nothing",
                context -> {
                    String cvr = context.fixture("star.cvrWithLogins");
                    String requestId = context.ids().unique("conf-");
                    authorised(context, SET)
                            .header("x-requestId", requestId)
                            .send()
                            .expect(200);
                    Login first = login(authorised(context, GET).send().expect(200), cvr);
                    authorised(context, SET)
                            .header("x-requestId", requestId)
                            .send()
                            .expect(412);
                    Reply reply = authorised(context, GET).send().expect(200);
                    reply.check(
                            login(reply, cvr).equals(first),
                            "expected the refused login to change nothing, got " + login(reply, cvr));
                },
                set.response(412, ""));
        set.documented(400, "1014", "a cvrNummer breaking its documented pattern is refused", context -> {
            Reply reply = authorised(context, SET)
                    .path("cvrNummer", Inputs.breakingPattern(set.model(), "path", "cvrNummer"))
                    .send()
                    .expect(400, "1014");
            feltIfAny(reply, "cvrNummer");
        });
        requestIdChecks(set);
        for (Definitions.Operation operation : List.of(get, set)) {
            String id = operation.model().operationId();
            operation.documented(
                    404,
                    "120500",
                    "an unknown company is not found",
                    context -> authorised(context, id)
                            .path("cvrNummer", context.fixture("star.unknownCvr"))
                            .send()
                            .expect(404, "120500"));
        }

        Definitions.Operation all = on.operation(GET_ALL);
        all.documented(200, "every company with a login, ordered by CVR number", context -> {
            Reply reply = authorised(context, GET_ALL).send().expect(200);
            List<String> cvrs = new ArrayList<>();
            reply.json()
                    .path("virksomhedLogins")
                    .forEach(login -> cvrs.add(login.path("cvrNummer").asText()));
            reply.check(
                    cvrs.contains(context.fixture("star.cvrWithLogins")), "expected star.cvrWithLogins among " + cvrs);
            reply.check(
                    !cvrs.contains(context.fixture("star.cvrWithoutLogin")),
                    "expected no login of star.cvrWithoutLogin");
            List<String> sorted = cvrs.stream().sorted().toList();
            reply.check(cvrs.equals(sorted), "expected the companies ordered by CVR number, got " + cvrs);
        });
    }

    /** The two timestamps of a company's login. */
    record Login(Instant first, Instant latest) {}

    private static Login login(Reply reply, String cvr) {
        JsonNode login = reply.json().path("virksomhedLogin");
        reply.check(login.path("cvrNummer").asText().equals(cvr), "expected the login of " + cvr + ", got " + login);
        try {
            return new Login(
                    OffsetDateTime.parse(login.path("tidligsteLoginTidspunkt").asText())
                            .toInstant(),
                    OffsetDateTime.parse(login.path("senesteLoginTidspunkt").asText())
                            .toInstant());
        } catch (DateTimeParseException e) {
            throw reply.failure("expected ISO-8601 timestamps with an offset, got " + login);
        }
    }

    private static boolean near(Instant stamp, Instant now) {
        return Duration.between(now, stamp).abs().compareTo(CLOCKS) <= 0;
    }
}
