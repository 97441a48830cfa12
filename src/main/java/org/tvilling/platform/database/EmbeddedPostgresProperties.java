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
 */
@ConfigurationProperties("tvilling.embedded-postgres")
public record EmbeddedPostgresProperties(
        @DefaultValue("./data/postgres") Path dataDirectory,
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean cleanDataDirectory) {}
