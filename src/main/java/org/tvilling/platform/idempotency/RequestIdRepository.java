package org.tvilling.platform.idempotency;

import static org.tvilling.db.platform.Tables.REQUEST_ID;

import io.micrometer.core.instrument.MeterRegistry;
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
    private final MeterRegistry meters;

    RequestIdRepository(DSLContext dsl, Clock clock, MeterRegistry meters) {
        this.dsl = dsl;
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * Returns false when the id was received before for this API (the request's 412), and counts it in
     * {@code tvilling.requestid.repeated}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean claim(String api, String requestId) {
        boolean claimed = dsl.insertInto(REQUEST_ID)
                        .set(REQUEST_ID.API, api)
                        .set(REQUEST_ID.REQUEST_ID_, requestId)
                        .set(REQUEST_ID.RECEIVED_AT, OffsetDateTime.now(clock))
                        .onConflictDoNothing()
                        .execute()
                == 1;
        if (!claimed) {
            meters.counter("tvilling.requestid.repeated", "api", api).increment();
        }
        return claimed;
    }
}
