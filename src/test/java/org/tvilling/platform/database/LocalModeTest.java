package org.tvilling.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.mock.env.MockEnvironment;

/** The choice between local mode and production mode, and the refusal to run PostgreSQL as root. */
class LocalModeTest {

    @Test
    void noDatabaseUrl_startsEmbeddedPostgresWithDemoDataAndLocalIssuer() {
        MockEnvironment environment = new MockEnvironment();
        new LocalModeEnvironmentPostProcessor(() -> false).postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("tvilling.embedded-postgres.enabled"))
                .isEqualTo("true");
        assertThat(environment.getProperty("tvilling.demo-data.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("tvilling.local-issuer.enabled")).isEqualTo("true");
        assertThat(environment.getProperty("logging.structured.format.console")).isNull();
    }

    @Test
    void databaseUrl_startsNothingAndLoadsNoDemoData() {
        MockEnvironment environment =
                new MockEnvironment().withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/tvilling");
        new LocalModeEnvironmentPostProcessor(() -> true).postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("tvilling.embedded-postgres.enabled"))
                .isEqualTo("false");
        assertThat(environment.getProperty("tvilling.demo-data.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("tvilling.local-issuer.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("logging.structured.format.console")).isEqualTo("ecs");
    }

    @Test
    void migrationsOnly_servesNothing() {
        MockEnvironment environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/tvilling")
                .withProperty("tvilling.migrations.mode", "only");
        new LocalModeEnvironmentPostProcessor(() -> false).postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("spring.main.web-application-type")).isEqualTo("none");
    }

    @Test
    void explicitSettingsWin() {
        MockEnvironment environment = new MockEnvironment().withProperty("tvilling.demo-data.enabled", "false");
        new LocalModeEnvironmentPostProcessor(() -> false).postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty("tvilling.demo-data.enabled")).isEqualTo("false");
        assertThat(environment.getProperty("tvilling.embedded-postgres.enabled"))
                .isEqualTo("true");
    }

    @Test
    void rootWithoutDatabaseUrl_refusesAtOnceNamingBothWaysOut() {
        var postProcessor = new LocalModeEnvironmentPostProcessor(() -> true);

        assertThatThrownBy(() -> postProcessor.postProcessEnvironment(new MockEnvironment(), new SpringApplication()))
                .isInstanceOfSatisfying(EmbeddedPostgresAsRootException.class, refusal -> {
                    FailureAnalysis analysis = new EmbeddedPostgresAsRootFailureAnalyzer().analyze(refusal);
                    assertThat(analysis.getDescription()).contains("root").contains("PostgreSQL");
                    assertThat(analysis.getAction())
                            .contains("normal (non-root) user")
                            .contains("SPRING_DATASOURCE_URL");
                });
    }
}
