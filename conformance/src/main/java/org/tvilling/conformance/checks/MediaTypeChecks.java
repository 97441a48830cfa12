package org.tvilling.conformance.checks;

import java.nio.charset.StandardCharsets;
import java.util.function.UnaryOperator;
import org.tvilling.conformance.Call;
import org.tvilling.conformance.Definitions;
import org.tvilling.contract.Specs;
import org.tvilling.contract.fuzz.RawRequest;

/**
 * The refusals an operation documents for how a request is sent rather than what it says, derived from its
 * contract: an {@code Accept} it cannot answer (406), a body of a media type it does not read (415), header
 * fields larger than any server reads (431), a request that cannot be read at all (control characters in its
 * {@code Accept}, which every operation reads).
 */
final class MediaTypeChecks {

    static final String UNACCEPTABLE = "application/x-conformance-unacceptable";
    static final String UNSUPPORTED = "application/x-conformance-unsupported";

    /** UTF-8 of an emoji: its bytes 0x80–0x9F are C1 control characters to a server reading ISO-8859-1. */
    static final byte[] CONTROL_BYTES = "😀".getBytes(StandardCharsets.UTF_8);

    /** Far beyond the header sizes servers read (Tomcat's default is 8 KiB, tvilling's 32 KiB in all). */
    static final int OVERSIZED_HEADER = 64 * 1024;

    private MediaTypeChecks() {}

    static void define(Definitions on, ApiChecks api) {
        for (Specs.DocumentedOperation operation : on.operations()) {
            Definitions.Operation checks = on.operation(operation);
            String id = operation.operationId();
            refusedWhereDocumented(
                    checks,
                    api,
                    operation,
                    406,
                    "an Accept admitting none of its media types is refused",
                    call -> call.accept(UNACCEPTABLE));
            api.unreadable(operation)
                    .ifPresent(refusal -> checks.documented(
                            refusal.status(),
                            refusal.code(),
                            "an Accept header with control characters cannot be read and is refused",
                            context -> api.authorised(context, id)
                                    .sendBroken(raw -> raw.replacing(new RawRequest.Header("Accept", CONTROL_BYTES)))
                                    .expect(refusal.status(), refusal.code())));
            refusedWhereDocumented(
                    checks,
                    api,
                    operation,
                    431,
                    "header fields larger than the server reads are refused",
                    call -> call.header("X-Conformance-Padding", "p".repeat(OVERSIZED_HEADER)));
            if (operation.model().getRequestBody() != null) {
                refusedWhereDocumented(
                        checks,
                        api,
                        operation,
                        415,
                        "a body of a media type it does not read is refused",
                        call -> call.body(UNSUPPORTED, "conformance"));
            }
        }
    }

    /** A check of the refusal with {@code status} (and its first code) where the operation documents one. */
    private static void refusedWhereDocumented(
            Definitions.Operation checks,
            ApiChecks api,
            Specs.DocumentedOperation operation,
            int status,
            String title,
            UnaryOperator<Call> refused) {
        if (!operation.documents(status)) {
            return;
        }
        String code = ApiChecks.firstCode(operation, status);
        checks.documented(
                status,
                code,
                title,
                context -> refused.apply(api.authorised(context, operation.operationId()))
                        .send()
                        .expect(status, code));
    }
}
