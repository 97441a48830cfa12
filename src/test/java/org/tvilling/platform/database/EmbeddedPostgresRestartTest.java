package org.tvilling.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tvilling.TestEnvironment;

/** Local mode keeps its data in its data directory across restarts, with PostgreSQL's durable defaults. */
@ExtendWith(TestEnvironment.class)
class EmbeddedPostgresRestartTest {

    @Test
    void dataWrittenBeforeARestartIsThereAfterIt(@TempDir Path directory) throws Exception {
        var configuration = new EmbeddedPostgresConfiguration();
        var properties = new EmbeddedPostgresProperties(directory.resolve("postgres"), 0, false, true);

        try (EmbeddedPostgres first = configuration.embeddedPostgres(properties)) {
            JdbcTemplate jdbc = new JdbcTemplate(configuration.dataSource(first));
            assertThat(jdbc.queryForObject("SHOW fsync", String.class)).isEqualTo("on");
            assertThat(jdbc.queryForObject("SHOW synchronous_commit", String.class))
                    .isEqualTo("on");
            jdbc.execute("CREATE TABLE kept (value TEXT)");
            jdbc.update("INSERT INTO kept VALUES ('still here')");
        }
        try (EmbeddedPostgres second = configuration.embeddedPostgres(properties)) {
            DataSource dataSource = configuration.dataSource(second);
            assertThat(new JdbcTemplate(dataSource).queryForObject("SELECT value FROM kept", String.class))
                    .isEqualTo("still here");
        }
    }
}
