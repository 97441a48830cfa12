package org.tvilling.platform.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tvilling.ApiTest;

/**
 * The demo data of local mode, which the README's examples rely on, applied as local mode applies it (schema
 * migrations, then db/demo) to a database of its own on the suite's embedded server.
 */
class DemoDataTest extends ApiTest {

    private static JdbcTemplate demo;

    @BeforeAll
    static void migrateADemoDatabase(@Autowired EmbeddedPostgres postgres) {
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("DROP DATABASE IF EXISTS demo_check");
        new JdbcTemplate(postgres.getPostgresDatabase()).execute("CREATE DATABASE demo_check");
        DataSource database = postgres.getDatabase("postgres", "demo_check");
        Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration", DemoDataConfiguration.DEMO_DATA.getDescriptor())
                .load()
                .migrate();
        demo = new JdbcTemplate(database);
    }

    @Test
    void starCompanies_asTheReadmeDescribes() {
        assertThat(demo.queryForObject("SELECT navn FROM star.virksomhed WHERE cvr_nummer = '12345678'", String.class))
                .isEqualTo("Demo ApS");
        assertThat(demo.queryForObject("SELECT navn FROM star.virksomhed WHERE cvr_nummer = '87654321'", String.class))
                .isEqualTo("Uden Login A/S");
        assertThat(demo.queryForList("SELECT cvr_nummer FROM star.virksomhed_login ORDER BY 1", String.class))
                .contains("12345678")
                .doesNotContain("87654321");
        assertThat(demo.queryForList(
                        "SELECT cvr_nummer FROM star.virksomhed WHERE cvr_nummer = '99999999'", String.class))
                .isEqualTo(List.of());
    }
}
