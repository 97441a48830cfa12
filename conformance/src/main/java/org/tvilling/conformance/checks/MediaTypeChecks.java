package org.tvilling.conformance.checks;

import org.tvilling.conformance.Definitions;
import org.tvilling.contract.Specs;

/**
 * The content negotiation an operation documents, derived from its contract: an {@code Accept} it cannot answer
 * (406) and a body of a media type it does not read (415).
 */
final class MediaTypeChecks {

    static final String UNACCEPTABLE = "application/x-conformance-unacceptable";
    static final String UNSUPPORTED = "application/x-conformance-unsupported";

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
