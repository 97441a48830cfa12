package org.tvilling.clients.tests;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The client tests are a consumer's: they know the server by its URL and its contracts, never by its classes. */
class ClientTestsArchitectureTest {

    @Test
    void clientTestsImportNoServerClass() {
        noClasses()
                .that()
                .resideInAPackage("org.tvilling.clients.tests..")
                .should()
                .dependOnClassesThat(
                        resideInAPackage("org.tvilling..").and(resideOutsideOfPackage("org.tvilling.clients..")))
                .because("design.md §8: the clients are consumers of api-specs/ and never import server code")
                .check(new ClassFileImporter().importPath(Path.of("target", "test-classes")));
    }
}
