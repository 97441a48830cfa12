package org.tvilling.platform.database;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who runs the Flyway migrations (README "Deploying").
 *
 * @param mode {@code migrate}: this instance migrates at start (local mode, a single instance); {@code only}:
 *     migrate and exit, without serving (the one-shot migration job of a deployment); {@code wait}: never
 *     migrate, start only once the database has every migration this version ships (the replicas of a
 *     deployment, so that no two instances ever run Flyway at once)
 * @param waitTimeout how long {@code wait} waits before it gives up and the start fails
 */
@ConfigurationProperties("tvilling.migrations")
public record MigrationProperties(
        @DefaultValue("migrate") Mode mode,
        @DefaultValue("10m") Duration waitTimeout) {

    public enum Mode {
        MIGRATE,
        ONLY,
        WAIT
    }
}
