package org.tvilling.platform.idempotency;

import static org.tvilling.db.platform.Tables.REQUEST_ID;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Request ids of write operations ({@code x-requestId}, design.md §4). A request id is claimed in the
 * transaction of the write it belongs to: a write that rolls back leaves its id unclaimed, and of many
 * concurrent requests with one id exactly one claims it (the primary key decides, on any number of
 * instances).
 */
@Repository
public class RequestIdRepository {

    private final DSLContext dsl;
    private final Clock clock;

    RequestIdRepository(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Returns false when the id was received before for this API. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claim(String api, String requestId) {
        return dsl.insertInto(REQUEST_ID)
                        .set(REQUEST_ID.API, api)
                        .set(REQUEST_ID.REQUEST_ID_, requestId)
                        .set(REQUEST_ID.RECEIVED_AT, OffsetDateTime.now(clock))
                        .onConflictDoNothing()
                        .execute()
                == 1;
    }
}
