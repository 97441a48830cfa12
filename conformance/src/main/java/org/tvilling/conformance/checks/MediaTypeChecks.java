package org.tvilling.conformance.checks;

import org.tvilling.conformance.Definitions;
import org.tvilling.contract.Specs;

/**
 * The refusals an operation documents for how a request is sent rather than what it says, derived from its
 * contract: an {@code Accept} it cannot answer (406), a body of a media type it does not read (415), header
 * fields larger than any server reads (431).
 */
final class MediaTypeChecks {

    static final String UNACCEPTABLE = "application/x-conformance-unacceptable";
    static final String UNSUPPORTED = "application/x-conformance-unsupported";

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
