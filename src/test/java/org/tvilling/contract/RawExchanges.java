package org.tvilling.contract;

import io.restassured.RestAssured;
import java.time.Duration;
import org.tvilling.contract.fuzz.RawHttp;
import org.tvilling.contract.fuzz.RawRequest;

/**
 * Requests REST Assured cannot send as they are (a malformed escape, a header value with bytes 0x80–0x9F), sent
 * over a socket to the server under test and held to their contract like every REST Assured exchange ({@link
 * ContractCheck}, recorded for {@link Covers} claims).
 */
public final class RawExchanges {

    private RawExchanges() {}

    public static Answer send(RawRequest request) {
        Answer answer = new RawHttp("localhost", RestAssured.port, Duration.ofSeconds(30)).send(request);
        ContractCheck.check(request.toValidatorRequest(), answer).ifPresent(verdict -> {
            if (!verdict.passed()) {
                throw new AssertionError(verdict.describe(request.method(), request.path()));
            }
            Observations.record(
                    new Observations.Observed(verdict.operation().operationId(), answer.status(), verdict.codes()));
        });
        return answer;
    }
}
