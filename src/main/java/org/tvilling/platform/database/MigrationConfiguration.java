package org.tvilling.platform.database;

import java.time.Duration;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The migration modes of {@link MigrationProperties}: with several instances, one job migrates and the
 * serving instances wait for it, so Flyway never runs twice at once, and an instance of the previous version
 * keeps serving on the migrated schema (migrations only ever add, README "Deploying").
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MigrationProperties.class)
class MigrationConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MigrationConfiguration.class);
    private static final Duration POLL = Duration.ofSeconds(2);

    @Bean
    FlywayMigrationStrategy migrationStrategy(MigrationProperties properties) {
        return flyway -> {
            if (properties.mode() == MigrationProperties.Mode.WAIT) {
                awaitMigrations(flyway, properties.waitTimeout());
            } else {
                flyway.migrate();
            }
        };
    }

    /** {@code only}: the context is closed as soon as it has started (and so migrated); the process ends. */
    @Bean
    @ConditionalOnProperty(name = "tvilling.migrations.mode", havingValue = "only")
    ApplicationRunner exitAfterMigrating(ConfigurableApplicationContext context) {
        return arguments -> {
            log.info("Migrations applied; tvilling.migrations.mode=only, so the server stops here");
            SpringApplication.exit(context);
        };
    }

    private static void awaitMigrations(Flyway flyway, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (true) {
            int pending = flyway.info().pending().length;
            if (pending == 0) {
                return;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(pending + " migrations still pending after " + timeout
                        + " (tvilling.migrations.mode=wait): has the migration job run?");
            }
            log.info("Waiting for {} pending migrations to be applied by the migration job", pending);
            try {
                Thread.sleep(POLL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for migrations", e);
            }
        }
    }
}
