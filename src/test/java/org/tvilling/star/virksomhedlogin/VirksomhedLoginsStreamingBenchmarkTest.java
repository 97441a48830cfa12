package org.tvilling.star.virksomhedlogin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tvilling.db.star.Tables.VIRKSOMHED;
import static org.tvilling.db.star.Tables.VIRKSOMHED_LOGIN;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.tvilling.ApiTest;

/**
 * GetVirksomhedLogins streams: the heap it takes must not grow with the number of companies. Runs only with
 * {@code ./mvnw verify -Pbenchmark} (in a JVM capped at 128 MB of heap, far below the largest answer);
 * results are recorded in benchmarks/README.md.
 */
@Tag("benchmark")
class VirksomhedLoginsStreamingBenchmarkTest extends ApiTest {

    @LocalServerPort
    private int port;

    @Test
    void peakHeapStaysFlatAsTheNumberOfCompaniesGrows() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        String token = token("star-system");
        System.out.printf("%n| companies | answer (MB) | time (ms) | peak heap used (MB) |%n|---|---|---|---|%n");
        for (int companies : List.of(10_000, 100_000, 1_000_000)) {
            fill(companies);
            System.gc();
            resetPeaks();
            long start = System.nanoTime();
            HttpResponse<InputStream> response = client.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/star/v1/VirksomhedLogin"))
                            .header("Authorization", bearer(token))
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long bytes;
            try (InputStream body = response.body()) {
                bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(response.statusCode()).isEqualTo(200);
            System.out.printf("| %,d | %.1f | %,d | %.1f |%n", companies, bytes / 1e6, millis, peakHeapUsed() / 1e6);
        }
    }

    private void fill(int companies) {
        dsl.deleteFrom(VIRKSOMHED_LOGIN).execute();
        dsl.deleteFrom(VIRKSOMHED).execute();
        dsl.execute(
                "INSERT INTO star.virksomhed (cvr_nummer, navn) SELECT lpad(n::text, 8, '0'), 'Virksomhed ' || n"
                        + " FROM generate_series(1, ?) n",
                companies);
        dsl.execute("INSERT INTO star.virksomhed_login SELECT cvr_nummer, now() - interval '1 year', now()"
                + " FROM star.virksomhed");
    }

    private static void resetPeaks() {
        heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeapUsed() {
        return heapPools().stream()
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }
}
