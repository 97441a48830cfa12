package org.tvilling.conformance.checks;

import java.nio.charset.StandardCharsets;
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
            if (operation.documents(406)) {
                String code = ApiChecks.firstCode(operation, 406);
                checks.documented(
                        406,
                        code,
                        "an Accept admitting none of its media types is refused",
                        context -> api.authorised(context, id)
                                .accept(UNACCEPTABLE)
                                .send()
                                .expect(406, code));
            }
            api.unreadable(operation)
                    .ifPresent(refusal -> checks.documented(
                            refusal.status(),
                            refusal.code(),
                            "an Accept header with control characters cannot be read and is refused",
                            context -> api.authorised(context, id)
                                    .sendBroken(raw -> raw.replacing(new RawRequest.Header("Accept", CONTROL_BYTES)))
                                    .expect(refusal.status(), refusal.code())));
            if (operation.documents(431)) {
                String code = ApiChecks.firstCode(operation, 431);
                checks.documented(
                        431,
                        code,
                        "header fields larger than the server reads are refused",
                        context -> api.authorised(context, id)
                                .header("X-Conformance-Padding", "p".repeat(OVERSIZED_HEADER))
                                .send()
                                .expect(431, code));
            }
            if (operation.documents(415) && operation.model().getRequestBody() != null) {
                String code = ApiChecks.firstCode(operation, 415);
                checks.documented(
                        415,
                        code,
                        "a body of a media type it does not read is refused",
                        context -> api.authorised(context, id)
                                .body(UNSUPPORTED, "conformance")
                                .send()
                                .expect(415, code));
            }
        }
    }
}
