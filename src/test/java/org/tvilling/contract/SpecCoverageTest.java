package org.tvilling.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every documented response of every contract in api-specs/ (each status, and each error code listed for
 * it) is claimed by at least one test with {@link Covers}, and every claim names something documented. The
 * report lists all gaps at once.
 */
class SpecCoverageTest {

    private record Claim(String operation, int status, String code) {}

    @Test
    void everyDocumentedResponseIsClaimedByATest() {
        assertThat(Specs.all()).as("contracts read from api-specs/").isNotEmpty();
        Set<Claim> claimed = claims();

        List<String> unclaimed = new ArrayList<>();
        for (Specs.Spec spec : Specs.all()) {
            assertThat(spec.operations()).as("operations of " + spec.name()).isNotEmpty();
            for (Specs.DocumentedOperation operation : spec.operations()) {
                for (Specs.DocumentedResponse response : operation.responses()) {
                    List<String> codes = response.codes().isEmpty() ? List.of("") : response.codes();
                    for (String code : codes) {
                        if (!claimed.contains(new Claim(operation.operationId(), response.status(), code))) {
                            unclaimed.add("%s: %s %d %s"
                                    .formatted(spec.name(), operation.operationId(), response.status(), code));
                        }
                    }
                }
            }
        }
        assertThat(unclaimed).as("documented responses no test claims").isEmpty();
    }

    @Test
    void everyClaimNamesADocumentedResponse() {
        Set<Claim> documented = Specs.all().stream()
                .flatMap(spec -> spec.operations().stream())
                .flatMap(operation -> operation.responses().stream()
                        .flatMap(response -> (response.codes().isEmpty() ? List.of("") : response.codes())
                                .stream().map(code -> new Claim(operation.operationId(), response.status(), code))))
                .collect(Collectors.toSet());
        Set<Claim> claimed = claims();
        assertThat(claimed).as("claims found in the tests").isNotEmpty();
        assertThat(claimed).as("claims of responses no contract documents").isSubsetOf(documented);
    }

    private static Set<Claim> claims() {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages("org.tvilling").stream()
                        .flatMap(type -> type.getMethods().stream())
                        .filter(method ->
                                method.isAnnotatedWith(Covers.class) || method.isAnnotatedWith(Covers.List.class))
                        .map(JavaMethod::reflect)
                        .flatMap(method -> Arrays.stream(method.getAnnotationsByType(Covers.class)))
                        .map(covers -> new Claim(covers.operation(), covers.status(), covers.code()))
                        .collect(Collectors.toSet());
    }
}
