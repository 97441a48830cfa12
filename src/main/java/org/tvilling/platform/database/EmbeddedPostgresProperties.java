package org.tvilling.platform.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded default database.
 *
 * @param dataDirectory where PostgreSQL keeps its files; kept across restarts
 * @param port the port to listen on, 0 for any free one
 * @param cleanDataDirectory start from an empty directory (tests), instead of reusing the data
 * @param durable PostgreSQL's durable defaults ({@code fsync}, {@code synchronous_commit} on), which keep
 *     {@code ./data/postgres} whole through an operating-system crash; only the test suite turns them off
 */
@ConfigurationProperties("tvilling.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean cleanDataDirectory,
        @DefaultValue("true") boolean durable) {}
