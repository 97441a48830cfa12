package org.tvilling.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.tvilling.conformance.checks.AllChecks;

/**
 * The suite has a check for every documented response of every contract that can be provoked from outside,
 * and the register names only documented responses that no check claims: coverage is 100 % by construction,
 * and a new documented response breaks the build until it has a check or a reason in the register.
 */
class CoverageTest {

    private final List<Check> checks = AllChecks.of(Profile.defaults(), Apis.names());
    private final Register register = Register.load();

    @Test
    void everyProvokableDocumentedResponseHasACheck() {
        Set<ResponseKey> covered =
                checks.stream().flatMap(check -> check.covers().stream()).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        for (String api : Apis.names()) {
            for (ResponseKey response : Apis.documented(Apis.spec(api))) {
                if (register.entryFor(response).isEmpty() && !covered.contains(response)) {
                    missing.add(api + " " + response.operationId() + " " + response.label());
                }
            }
        }
        assertThat(missing)
                .as("documented responses without a check or a register entry")
                .isEmpty();
    }

    @Test
    void theRegisterNamesDocumentedResponsesThatNoCheckClaims() {
        List<ResponseKey> documented = Apis.names().stream()
                .flatMap(api -> Apis.documented(Apis.spec(api)).stream())
                .toList();
        assertThat(register.entries()).as("register entries").isNotEmpty();
        assertThat(register.unused(documented))
                .as("register entries matching no documented response")
                .isEmpty();
        List<String> both = checks.stream()
                .flatMap(check -> check.covers().stream())
                .filter(key -> register.entryFor(key).isPresent())
                .map(key -> key.operationId() + " " + key.label())
                .distinct()
                .toList();
        assertThat(both)
                .as("responses both registered as unprovokable and claimed by a check")
                .isEmpty();
        assertThat(register.entries())
                .allSatisfy(entry -> assertThat(entry.reason()).isNotBlank());
    }

    @Test
    void everyApiAndEveryOperationHasChecks() {
        for (String api : Apis.names()) {
            for (var operation : Apis.spec(api).operations()) {
                assertThat(checks)
                        .as(api + " " + operation.operationId())
                        .anyMatch(check ->
                                check.api().equals(api) && check.operationId().equals(operation.operationId()));
            }
        }
    }

    @Test
    void everyCheckHasItsOwnId() {
        Set<String> ids = new HashSet<>();
        List<String> repeated =
                checks.stream().map(Check::id).filter(id -> !ids.add(id)).toList();
        assertThat(repeated)
                .as("checks with the same id (their seeds would repeat)")
                .isEmpty();
    }

    @Test
    void everyKindOfCheckIsThere() {
        assertThat(checks.stream().map(Check::kind).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(Kind.values());
    }
}
