package org.tvilling.conformance;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The suite is a consumer of api-specs/ that talks HTTP only: it never imports the server, and the contract
 * checks it shares with the server's tests stay free of the suite and of REST Assured.
 */
class ArchitectureTest {

    /** The suite's own classes and the shared contract code, as compiled (the classpath's jars are not read). */
    private static final JavaClasses SUITE = new ClassFileImporter().importPath(Path.of("target", "classes"));

    @Test
    void theSuiteNeverImportsServerCode() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.tvilling.platform..",
                        "org.tvilling.star..",
                        "org.tvilling.heliumv..",
                        "org.tvilling.altinn..",
                        "org.tvilling.lequinox..",
                        "org.tvilling.db..",
                        "org.springframework..",
                        "org.jooq..")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("org.tvilling.Application")
                .because("the suite checks any server from outside, over HTTP only (issue 11)")
                .check(SUITE);
    }

    @Test
    void theSharedContractChecksDependOnNeitherTheSuiteNorRestAssured() {
        noClasses()
                .that()
                .resideInAPackage("org.tvilling.contract..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.tvilling.conformance..", "io.restassured..")
                .because("the server's own tests compile the same code")
                .check(SUITE);
    }

    @Test
    void nothingOfTheServerIsOnTheClasspath() {
        assertThatThrownBy(() -> Class.forName("org.tvilling.Application")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("org.springframework.boot.SpringApplication"))
                .isInstanceOf(ClassNotFoundException.class);
    }
}
