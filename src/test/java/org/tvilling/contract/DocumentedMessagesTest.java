package org.tvilling.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plain-text half of the contract check: a text/plain error body must be a message documented for it. */
class DocumentedMessagesTest {

    private static final String ACCESS = "/lequinox/server/access/ts01.Active01.Access01";

    @Test
    void aPlaceholderStandsForAnyNonEmptyValueAndNothingElseMayDiffer() {
        var notFound = DocumentedMessages.pattern("The access with ID <%1> was not found");
        assertThat(notFound.matcher("The access with ID se03.Y7piBURe.6WkhTKEB was not found")
                        .matches())
                .isTrue();
        assertThat(notFound.matcher("The access with ID  was not found").matches())
                .isFalse();
        assertThat(notFound.matcher("The access with ID x was not found.").matches())
                .isFalse();
        assertThat(notFound.matcher("the access with ID x was not found").matches())
                .isFalse();
        assertThat(DocumentedMessages.pattern("Input not valid: Access ID '<%1>' is not in the correct format")
                        .matcher("Input not valid: Access ID 'a.b' is not in the correct format")
                        .matches())
                .isTrue();
    }

    @Test
    void aDocumentedMessageWithItsPlaceholderFilledInPasses() {
        assertThat(DocumentedMessages.violation(getAccess(), plain(404, "The access with ID a.b.c was not found")))
                .isEmpty();
        assertThat(DocumentedMessages.violation(
                        getAccess(), plain(400, "The application with the specified key could not be found")))
                .isEmpty();
    }

    @Test
    void anUndocumentedTextFails() {
        assertThat(DocumentedMessages.violation(getAccess(), plain(404, "Not Found")))
                .isPresent();
        assertThat(DocumentedMessages.violation(getAccess(), plain(400, "Bad Request")))
                .isPresent();
    }

    @Test
    void aMessageDocumentedForAnotherStatusOrOperationFails() {
        assertThat(DocumentedMessages.violation(getAccess(), plain(404, "Invalid role ID format")))
                .hasValueSatisfying(problem -> assertThat(problem).contains("Invalid role ID format"));
        assertThat(DocumentedMessages.violation(getAccess(), plain(400, "Company ID is not part of identity ID.")))
                .isPresent();
    }

    @Test
    void theDefaultResponseHoldsTheUnexpected500ToItsMessage() {
        assertThat(DocumentedMessages.violation(
                        getAccess(), plain(500, "An unexpected error occurred: An unknown error has occurred")))
                .isEmpty();
        assertThat(DocumentedMessages.violation(getAccess(), plain(500, "java.lang.NullPointerException")))
                .isPresent();
    }

    @Test
    void errorCodesOfALequinoxResponseAreTheCodesOfTheMessagesItIs() {
        Specs.Spec spec = getAccess().spec();
        assertThat(ErrorCodes.of(spec, plain(400, "Company ID is not part of identity ID.")))
                .containsExactly("COMPANY_NOT_IN_IDENTITY_ID");
        assertThat(ErrorCodes.of(spec, plain(404, "The access with ID x was not found")))
                .containsExactly("ACCESS_NOT_FOUND");
        assertThat(ErrorCodes.of(spec, plain(400, "Something else"))).isEmpty();
    }

    private static Specs.DocumentedOperation getAccess() {
        return Specs.find("GET", ACCESS).orElseThrow();
    }

    private static Answer plain(int status, String body) {
        return new Answer(status, Map.of("Content-Type", List.of("text/plain;charset=UTF-8")), body);
    }
}
