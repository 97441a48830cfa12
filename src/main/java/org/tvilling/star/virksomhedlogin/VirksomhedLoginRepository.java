package org.tvilling.star.virksomhedlogin;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.excluded;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;
import static org.tvilling.db.star.Tables.VIRKSOMHED;
import static org.tvilling.db.star.Tables.VIRKSOMHED_LOGIN;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tvilling.platform.database.PreparedSelect;
import org.tvilling.platform.idempotency.RequestIdRepository;
import org.tvilling.star.StarException;
import org.tvilling.star.StarFejlkode;

@Repository
class VirksomhedLoginRepository {

    /** The request-id namespace of SetVirksomhedLogin. */
    static final String API = "star.virksomhedlogin";

    /** Rows fetched per round trip while streaming GetVirksomhedLogins. */
    private static final int FETCH_SIZE = 500;

    private final DSLContext dsl;
    private final RequestIdRepository requestIds;
    private final PreparedSelect<Virksomhed> virksomhed;

    VirksomhedLoginRepository(DSLContext dsl, RequestIdRepository requestIds) {
        this.dsl = dsl;
        this.requestIds = requestIds;
        // The login's columns side by side with the company's, not as a nested row: PostgreSQL sends a nested
        // row as one text value, which jOOQ parses back field by field (5 % of GetVirksomhedLogin's CPU time).
        this.virksomhed = new PreparedSelect<>(
                dsl,
                select(
                                VIRKSOMHED.CVR_NUMMER,
                                VIRKSOMHED_LOGIN.CVR_NUMMER,
                                VIRKSOMHED_LOGIN.TIDLIGSTE_LOGIN_TIDSPUNKT,
                                VIRKSOMHED_LOGIN.SENESTE_LOGIN_TIDSPUNKT)
                        .from(VIRKSOMHED)
                        .leftJoin(VIRKSOMHED_LOGIN)
                        .on(VIRKSOMHED_LOGIN.CVR_NUMMER.eq(VIRKSOMHED.CVR_NUMMER))
                        .where(VIRKSOMHED.CVR_NUMMER.eq(param("cvrNummer", String.class))),
                mapping((cvrNummer, loginCvrNummer, tidligste, seneste) ->
                        new Virksomhed(cvrNummer, loginOrNull(loginCvrNummer, tidligste, seneste))));
    }

    /** GetVirksomhedLogin: the company, and its logins if it has any. */
    Optional<Virksomhed> findVirksomhed(String cvrNummer) {
        return virksomhed.fetchOptional(dsl, Map.of("cvrNummer", cvrNummer));
    }

    /**
     * SetVirksomhedLogin, in one transaction with its request id: the first login sets both timestamps, a
     * later one moves only the latest (never backwards, whatever order concurrent calls commit in).
     */
    @Transactional
    void registerLogin(String requestId, String cvrNummer, OffsetDateTime tidspunkt) {
        if (!requestIds.claim(API, requestId)) {
            throw StarException.gentagetRequestId(requestId);
        }
        int registered = dsl.insertInto(
                        VIRKSOMHED_LOGIN,
                        VIRKSOMHED_LOGIN.CVR_NUMMER,
                        VIRKSOMHED_LOGIN.TIDLIGSTE_LOGIN_TIDSPUNKT,
                        VIRKSOMHED_LOGIN.SENESTE_LOGIN_TIDSPUNKT)
                .select(select(VIRKSOMHED.CVR_NUMMER, val(tidspunkt), val(tidspunkt))
                        .from(VIRKSOMHED)
                        .where(VIRKSOMHED.CVR_NUMMER.eq(cvrNummer)))
                .onConflict(VIRKSOMHED_LOGIN.CVR_NUMMER)
                .doUpdate()
                .set(
                        VIRKSOMHED_LOGIN.SENESTE_LOGIN_TIDSPUNKT,
                        greatest(
                                VIRKSOMHED_LOGIN.SENESTE_LOGIN_TIDSPUNKT,
                                excluded(VIRKSOMHED_LOGIN.SENESTE_LOGIN_TIDSPUNKT)))
                .execute();
        if (registered == 0) {
            throw new StarException(StarFejlkode.VIRKSOMHED_IKKE_FUNDET);
        }
    }

    /**
     * GetVirksomhedLogins: every login, ordered by CVR number, handed on one by one from a server-side cursor
     * (PostgreSQL streams only inside a transaction and with a fetch size), so memory stays flat.
     */
    @Transactional(readOnly = true)
    void forEachLogin(Consumer<VirksomhedLogin> sink) {
        try (Stream<VirksomhedLogin> logins = dsl.select(
                        VIRKSOMHED_LOGIN.CVR_NUMMER,
                        VIRKSOMHED_LOGIN.TIDLIGSTE_LOGIN_TIDSPUNKT,
                        VIRKSOMHED_LOGIN.SENESTE_LOGIN_TIDSPUNKT)
                .from(VIRKSOMHED_LOGIN)
                .orderBy(VIRKSOMHED_LOGIN.CVR_NUMMER)
                .fetchSize(FETCH_SIZE)
                .fetchStream()
                .map(mapping(VirksomhedLogin::new))) {
            logins.forEach(sink);
        }
    }

    private static VirksomhedLogin loginOrNull(String cvrNummer, OffsetDateTime tidligste, OffsetDateTime seneste) {
        return cvrNummer == null ? null : new VirksomhedLogin(cvrNummer, tidligste, seneste);
    }
}
