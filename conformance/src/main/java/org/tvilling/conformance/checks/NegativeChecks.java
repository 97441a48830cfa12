package org.tvilling.conformance.checks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.tvilling.conformance.Call;
import org.tvilling.conformance.CheckContext;
import org.tvilling.conformance.Definitions;
import org.tvilling.conformance.Exchange;
import org.tvilling.conformance.Failure;
import org.tvilling.conformance.Kind;
import org.tvilling.contract.Answer;
import org.tvilling.contract.ErrorCodes;
import org.tvilling.contract.Specs;
import org.tvilling.contract.fuzz.FuzzCase;
import org.tvilling.contract.fuzz.FuzzInputs;
import org.tvilling.contract.fuzz.Fuzzer;
import org.tvilling.contract.fuzz.RawRequest;

/**
 * Generated negative input, from the contract ({@link Fuzzer}, shared with the server's own fuzz test): for every
 * operation, requests that start from one the target answers with success ({@link ApiChecks#fuzzStart}) and are
 * broken one way each, sent as raw bytes. Every answer must be a documented status with a documented body (a 5xx
 * only where the operation lists it), and a write that did not succeed must leave nothing the API shows
 * ({@link ApiChecks#visible}). Bounded by {@code --max-requests}, repeatable with {@code --seed}.
 */
final class NegativeChecks {

    /** The credentials a generator may break, as the contracts' security schemes name them. */
    private static final List<String> CREDENTIAL_HEADERS = List.of("Authorization", "Key", "hvtoken");

    private NegativeChecks() {}

    static void define(Definitions on, ApiChecks api) {
        for (Specs.DocumentedOperation operation : on.operations()) {
            on.operation(operation)
                    .add(
                            Kind.NEGATIVE,
                            "generated malformed requests get documented answers, and failed writes leave nothing"
                                    + " visible",
                            context -> fuzz(context, api, operation));
        }
    }

    private static void fuzz(CheckContext context, ApiChecks api, Specs.DocumentedOperation operation)
            throws Exception {
        Start start = new Start(context, api, operation);
        int bound = context.generatedPerOperation();
        List<FuzzCase> cases = new Fuzzer(context.seed(), bound).cases(operation, start);
        boolean writes = !operation.method().equalsIgnoreCase("GET");
        List<String> problems = new ArrayList<>();
        Exchange first = null;
        int sent = 0;
        for (FuzzCase fuzzCase : cases) {
            if (sent >= bound || !context.takeFuzzRequest()) {
                break;
            }
            RawRequest request = fuzzCase.request(start);
            Optional<String> before = writes ? api.visible(context, start.call()) : Optional.empty();
            Exchange exchange = context.http().sendRaw(operation, request);
            sent++;
            List<String> broken = new ArrayList<>(exchange.problems());
            Answer answer = exchange.answer();
            if (answer != null) {
                Optional<Specs.DocumentedOperation> answered = Specs.find(
                        request.method(), request.toValidatorRequest().getPath());
                if (answer.status() >= 500
                        && !answered.map(documented -> documented.documents(answer.status()))
                                .orElseGet(() -> unreadableAsDocumented(api, operation, answer))) {
                    broken.add("answered %d, which %s lists only as its unexpected failure (or not at all)"
                            .formatted(
                                    answer.status(),
                                    answered.map(Specs.DocumentedOperation::operationId)
                                            .orElse("no operation")));
                }
                if (before.isPresent()
                        && answer.status() >= 300
                        && !api.visible(context, start.call()).equals(before)) {
                    broken.add("answered %d, yet the write changed what the API shows".formatted(answer.status()));
                }
            }
            exchange = exchange.withProblems(broken);
            context.record(exchange);
            if (!broken.isEmpty()) {
                problems.add(fuzzCase.mutation() + ": " + String.join("; ", broken));
                if (first == null) {
                    first = exchange;
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new Failure(
                    "%d of %d generated requests (seed %d) broke the contract:%n%s"
                            .formatted(problems.size(), sent, context.seed(), String.join("\n", problems)),
                    first);
        }
    }

    /**
     * A path that is no operation is a request no operation reads: a 5xx is allowed only where the API documents a
     * 5xx for requests it cannot read (Lequinox's unknown error), with that code.
     */
    private static boolean unreadableAsDocumented(ApiChecks api, Specs.DocumentedOperation operation, Answer answer) {
        return api.unreadable(operation)
                .filter(refusal -> refusal.status() == answer.status())
                .map(refusal -> ErrorCodes.of(operation.spec(), answer).contains(refusal.code()))
                .orElse(false);
    }

    /** The generator's inputs: the parts of the request the API's checks start from, a fresh request id each time. */
    private static final class Start implements FuzzInputs {

        private final CheckContext context;
        private final ApiChecks api;
        private final Specs.DocumentedOperation operation;
        private @Nullable Call call;

        Start(CheckContext context, ApiChecks api, Specs.DocumentedOperation operation) {
            this.context = context;
            this.api = api;
            this.operation = operation;
        }

        Call call() {
            if (call == null) {
                try {
                    call = api.fuzzStart(context, operation.operationId());
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return call;
        }

        @Override
        public Map<String, String> credentials(Specs.DocumentedOperation ignored) {
            Map<String, String> credentials = new LinkedHashMap<>();
            for (String header : CREDENTIAL_HEADERS) {
                call().parameter("header", header).ifPresent(value -> credentials.put(header, value));
            }
            return credentials;
        }

        @Override
        public Optional<String> parameter(Specs.DocumentedOperation ignored, String in, String name) {
            if (IdempotencyChecks.REQUEST_ID.equalsIgnoreCase(name)) {
                return Optional.of(context.ids().unique("conf-"));
            }
            return call().parameter(in, name);
        }

        @Override
        public Optional<String> body(Specs.DocumentedOperation ignored) {
            return call().body();
        }
    }
}
