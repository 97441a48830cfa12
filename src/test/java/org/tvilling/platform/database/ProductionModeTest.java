package org.tvilling.platform.database;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.tvilling.ApiTest;
import org.tvilling.Application;

/**
 * Production mode: with {@code SPRING_DATASOURCE_URL} set the server uses that database, starts no
 * PostgreSQL of its own, loads no demo data and issues no tokens. Started here against a database of its own
 * on the suite's embedded server.
 */
class ProductionModeTest extends ApiTest {

    @Autowired
    private EmbeddedPostgres suitePostgres;

    @Test
    void databaseUrl_usesThatDatabaseWithSchemaButNoDemoDataAndNoLocalIssuer() {
        JdbcTemplate admin = new JdbcTemplate(suitePostgres.getPostgresDatabase());
        admin.execute("DROP DATABASE IF EXISTS production_check");
        admin.execute("CREATE DATABASE production_check");

        try (ConfigurableApplicationContext production = new SpringApplicationBuilder(Application.class)
                .run(
                        "--spring.datasource.url=" + suitePostgres.getJdbcUrl("postgres", "production_check"),
                        "--spring.datasource.username=postgres",
                        "--server.port=0",
                        "--spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://localhost:9/jwks")) {
            assertThat(production.getBeanNamesForType(EmbeddedPostgres.class)).isEmpty();
            assertThat(production.getBeanNamesForType(RegisteredClientRepository.class))
                    .isEmpty();

            JdbcTemplate database = new JdbcTemplate(suitePostgres.getDatabase("postgres", "production_check"));
            assertThat(database.queryForObject("SELECT count(*) FROM star.virksomhed", Integer.class))
                    .isZero();
            assertThat(database.queryForObject(
                            "SELECT count(*) FROM flyway_schema_history WHERE version IS NULL", Integer.class))
                    .as("repeatable (demo) migrations applied")
                    .isZero();

            int port = ((WebServerApplicationContext) production).getWebServer().getPort();
            given().port(port)
                    .auth()
                    .preemptive()
                    .basic("star-system", "star-system-secret")
                    .formParam("grant_type", "client_credentials")
                    .post("/oauth2/token")
                    .then()
                    .statusCode(404);
            given().port(port).get("/star/v1/VirksomhedLogin").then().statusCode(401);
        }
    }
}
