package org.tvilling.conformance.checks;

import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.tvilling.conformance.Call;
import org.tvilling.conformance.Definitions;
import org.tvilling.conformance.Kind;
import org.tvilling.conformance.Reply;
import org.tvilling.contract.Specs;

/**
 * The idempotency an operation promises by a request-id header and a documented 412 ("Hvis api'et modtager samme
 * requestId mere end én gang returneres http status kode 412"): a repeated id is refused, and of many concurrent
 * requests with one id exactly one succeeds.
 */
final class IdempotencyChecks {

    static final int CONCURRENT = 100;

    /** The header of STAR's writes ("Unikt id for requestet"). */
    static final String REQUEST_ID = "x-requestId";

    private IdempotencyChecks() {}

    /** The name of the operation's request-id header, if it has one and documents the 412. */
    static Optional<String> requestIdHeader(Specs.DocumentedOperation operation) {
        if (!operation.documents(412) || operation.model().getParameters() == null) {
            return Optional.empty();
        }
        return operation.model().getParameters().stream()
                .filter(parameter -> "header".equals(parameter.getIn()))
                .map(Parameter::getName)
                .filter(name -> name.equalsIgnoreCase(REQUEST_ID))
                .findFirst();
    }

    static void define(Definitions on, ApiChecks api) {
        for (Specs.DocumentedOperation operation : on.operations()) {
            Optional<String> header = requestIdHeader(operation);
            if (header.isEmpty()) {
                continue;
            }
            Definitions.Operation checks = on.operation(operation);
            String id = operation.operationId();
            int success = ApiChecks.success(operation);
            String code = ApiChecks.firstCode(operation, 412);
            checks.documented(412, code, "a repeated " + header.get() + " is refused", context -> {
                String requestId = context.ids().unique("conf-");
                api.authorised(context, id)
                        .header(header.get(), requestId)
                        .send()
                        .expect(success);
                api.authorised(context, id)
                        .header(header.get(), requestId)
                        .send()
                        .expect(412, code);
            });
            checks.add(
                    Kind.STATEFUL,
                    CONCURRENT + " concurrent requests with one " + header.get() + ": exactly one succeeds, the others"
                            + " are refused",
                    context -> {
                        String requestId = context.ids().unique("conf-");
                        List<Call> calls = new ArrayList<>();
                        for (int i = 0; i < CONCURRENT; i++) {
                            calls.add(api.authorised(context, id).header(header.get(), requestId));
                        }
                        List<Reply> replies = context.concurrently(
                                CONCURRENT, i -> calls.get(i).send());
                        long succeeded = replies.stream()
                                .filter(reply -> reply.status() == success)
                                .count();
                        long refused = replies.stream()
                                .filter(reply -> reply.status() == 412)
                                .count();
                        Reply odd = replies.stream()
                                .filter(reply -> reply.status() != success && reply.status() != 412)
                                .findFirst()
                                .orElse(null);
                        if (odd != null) {
                            throw odd.failure("expected only %d and 412, got %d".formatted(success, odd.status()));
                        }
                        if (succeeded != 1) {
                            throw replies.getFirst()
                                    .failure("expected exactly one %d of %d, got %d (and %d times 412)"
                                            .formatted(success, CONCURRENT, succeeded, refused));
                        }
                    },
                    checks.response(success, ""),
                    checks.response(412, code));
        }
    }
}
