package org.tvilling.conformance.checks;

import java.util.Base64;
import org.tvilling.conformance.Call;
import org.tvilling.conformance.CheckContext;
import org.tvilling.conformance.Definitions;
import org.tvilling.conformance.Kind;
import org.tvilling.conformance.Reply;

/** STAR LetAsylCv: an asylum seeker's CV, read, transferred to Jobnet, and read as a PDF. */
final class LetAsylCvChecks extends StarChecks {

    static final String GET = "GetLetAsylCv";
    static final String TRANSFER = "OverfoerLetAsylCv";
    static final String PDF = "GetLetAsylCvPdf";

    private static final String CPR = "x-civilRegistrationIdentifier";

    /** Ten digits, day 32: the shape of a CPR number, refused by the documented pattern. */
    private static final String IMPOSSIBLE_CPR = "3201901234";

    @Override
    String api() {
        return "star-letasylcv";
    }

    @Override
    Call valid(CheckContext context, String operationId) {
        Call call = context.call(operationId).header(CPR, context.fixture("star.cprWithFullCv"));
        return operationId.equals(TRANSFER)
                ? call.header("x-requestId", context.ids().unique("conf-"))
                : call;
    }

    @Override
    void define(Definitions on) {
        Definitions.Operation get = on.operation(GET);
        get.documented(200, "a full CV: the whole document of the citizen", context -> {
            String cpr = context.fixture("star.cprWithFullCv");
            Reply reply = authorised(context, GET).send().expect(200);
            reply.check(
                    reply.json()
                            .at("/cvProfilstruktur/cvStamprofilstruktur/personnummer")
                            .asText()
                            .equals(cpr),
                    "expected the CV of " + cpr);
        });
        get.documented(
                200,
                "a minimal CV: only the required structures",
                context -> authorised(context, GET)
                        .header(CPR, context.fixture("star.cprWithMinimalCv"))
                        .send()
                        .expect(200));
        cprChecks(get, "1001");

        Definitions.Operation pdf = on.operation(PDF);
        pdf.documented(200, "the CV as a PDF document, base64 in pdfData", context -> {
            Reply reply = authorised(context, PDF).send().expect(200);
            String data = reply.json().at("/letAsylCvSomPdf/pdfData").asText();
            byte[] document;
            try {
                document = Base64.getDecoder().decode(data);
            } catch (IllegalArgumentException e) {
                throw reply.failure("expected base64 in pdfData");
            }
            reply.check(
                    document.length > 5
                            && new String(document, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"),
                    "expected pdfData to be a PDF document");
        });
        cprChecks(pdf, "1001");

        Definitions.Operation transfer = on.operation(TRANSFER);
        transfer.documented(
                200,
                "the CV is transferred",
                context -> authorised(context, TRANSFER).send().expect(200));
        transfer.add(
                Kind.STATEFUL,
                "a transfer copies: the LetAsyl CV reads the same afterwards",
                context -> {
                    String before = authorised(context, GET).send().expect(200).body();
                    authorised(context, TRANSFER).send().expect(200);
                    Reply after = authorised(context, GET).send().expect(200);
                    after.check(
                            after.json().equals(new com.fasterxml.jackson.databind.ObjectMapper().readTree(before)),
                            "expected the LetAsyl CV unchanged by the transfer");
                },
                transfer.response(200, ""));
        cprChecks(transfer, "1001");
        requestIdChecks(transfer);
    }

    /** The citizen's CPR number: refused when it breaks the pattern or is missing, not found without a CV. */
    private void cprChecks(Definitions.Operation operation, String invalidCode) {
        String id = operation.model().operationId();
        operation.documented(400, invalidCode, "a CPR number breaking its documented pattern is refused", context -> {
            if (Inputs.matchesPattern(operation.model(), "header", CPR, IMPOSSIBLE_CPR)) {
                throw new IllegalStateException(IMPOSSIBLE_CPR + " no longer breaks the documented pattern");
            }
            Reply reply =
                    authorised(context, id).header(CPR, IMPOSSIBLE_CPR).send().expect(400, invalidCode);
            feltIfAny(reply, CPR);
        });
        operation.documented(
                400,
                invalidCode,
                "a missing CPR number is refused",
                context -> authorised(context, id).withoutHeader(CPR).send().expect(400, invalidCode));
        operation.documented(
                404,
                "1010",
                "a citizen without a CV is not found",
                context -> authorised(context, id)
                        .header(CPR, context.fixture("star.cprWithoutCv"))
                        .send()
                        .expect(404, "1010"));
        operation.add(
                Kind.NEGATIVE,
                "the placeholder 0000000000 that the pattern allows is not refused as invalid",
                context -> {
                    Reply reply =
                            authorised(context, id).header(CPR, "0000000000").send();
                    reply.check(
                            reply.status() != 400,
                            "expected 0000000000 to be accepted as a CPR number (the"
                                    + " documented pattern allows it), got 400");
                });
    }
}
