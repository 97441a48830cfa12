package org.tvilling.conformance;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.tvilling.contract.Answer;

/**
 * One request the suite sent and what came back, as the report shows it.
 *
 * @param operationId the documented operation it went to
 * @param headers the request's headers in the order they were set
 * @param body the request body, null when there was none
 * @param answer the response; null when none came (the reason is in {@code problems})
 * @param problems how the exchange broke the contract, empty when it did not
 * @param codes the error codes the response carries, where its family puts them
 * @param replay how to send exactly this request again, when a curl command cannot (a malformed request's bytes)
 */
public record Exchange(
        String operationId,
        String method,
        URI url,
        List<Map.Entry<String, String>> headers,
        @Nullable String body,
        @Nullable Answer answer,
        List<String> problems,
        List<String> codes,
        Duration took,
        @Nullable String replay) {

    public int status() {
        return answer == null ? 0 : answer.status();
    }

    /** The same exchange with these problems. */
    public Exchange withProblems(List<String> problems) {
        return new Exchange(
                operationId, method, url, headers, body, answer, List.copyOf(problems), codes, took, replay);
    }
}
