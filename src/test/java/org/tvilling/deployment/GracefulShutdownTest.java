package org.tvilling.deployment;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tvilling.ApiTest;

/**
 * Graceful shutdown (README "Deploying"): when the server is told to stop, readiness goes DOWN first, and a
 * request already in flight finishes with its answer. The request is held in flight by a row lock the test
 * keeps (a HELIUM V logon locks its name's throttling row), with waits long enough for that.
 */
class GracefulShutdownTest extends ApiTest {

    @Autowired
    private EmbeddedPostgres suitePostgres;

    @Test
    void stop_readinessDownFirst_inFlightRequestFinishes() throws Exception {
        JdbcTemplate admin = new JdbcTemplate(suitePostgres.getPostgresDatabase());
        admin.execute("DROP DATABASE IF EXISTS shutdown");
        admin.execute("CREATE DATABASE shutdown");
        ProductionServer server = ProductionServer.start(
                suitePostgres.getJdbcUrl("postgres", "shutdown"),
                "--tvilling.database.lock-timeout=20s",
                "--tvilling.database.statement-timeout=20s",
                "--tvilling.database.socket-timeout-seconds=30");
        try (Connection lock = suitePostgres.getDatabase("postgres", "shutdown").getConnection()) {
            lock.setAutoCommit(false);
            lock.createStatement()
                    .execute("INSERT INTO heliumv.anmeldesperre (bereich, name, letzter_versuch)"
                            + " VALUES ('BENUTZER', 'im-flug', now())");
            // own threads: the common pool may have a single thread on two cores
            ExecutorService threads = Executors.newFixedThreadPool(2);
            CompletableFuture<Integer> inFlight = CompletableFuture.supplyAsync(
                    () -> given().port(server.port())
                            .contentType(ContentType.JSON)
                            .body(Map.of("username", "im-flug", "password", "falsch"))
                            .post("/restapi/services/rest/api/v1/logon")
                            .statusCode(),
                    threads);
            long held = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (admin.queryForObject(
                            "SELECT count(*) FROM pg_stat_activity WHERE datname = 'shutdown' AND wait_event_type = 'Lock'",
                            Integer.class)
                    == 0) {
                assertThat(System.nanoTime()).as("the logon waits for the lock").isLessThan(held);
                Thread.sleep(50);
            }

            ApplicationAvailability availability = server.context().getBean(ApplicationAvailability.class);
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(server::close, threads);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (availability.getReadinessState() != ReadinessState.REFUSING_TRAFFIC) {
                assertThat(System.nanoTime()).as("readiness DOWN").isLessThan(deadline);
                Thread.sleep(20);
            }
            assertThat(inFlight).as("still in flight once readiness is DOWN").isNotDone();
            assertThat(stopping).as("the server waits for it").isNotDone();

            lock.commit();
            assertThat(inFlight.get(20, TimeUnit.SECONDS)).isEqualTo(401);
            stopping.get(30, TimeUnit.SECONDS);
            threads.shutdown();
        } finally {
            server.close();
        }
    }
}
