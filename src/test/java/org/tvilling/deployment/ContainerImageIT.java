package org.tvilling.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.tvilling.TestEnvironment;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The image of {@code ./mvnw -Pimage package} (run by the image profile's verify): its configuration as a
 * container engine reads it, and its entrypoint started on its own file system (unpacked, then entered with
 * a user namespace and chroot, which needs no container engine) with its own runtime and C library, in
 * production mode against a PostgreSQL, until readiness answers UP and the logs are JSON.
 */
@ExtendWith(TestEnvironment.class)
class ContainerImageIT {

    private static final Path IMAGE = Path.of("target/tvilling-image.tar");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void image_runsAsNonRootWithItsPortsAndEntrypoint_andItsEntrypointServesUntilReady(@TempDir Path work)
            throws Exception {
        Path unpacked = work.resolve("image");
        Files.createDirectories(unpacked);
        run(List.of("tar", "-xf", IMAGE.toAbsolutePath().toString(), "-C", unpacked.toString()));
        JsonNode manifest =
                JSON.readTree(unpacked.resolve("manifest.json").toFile()).get(0);
        JsonNode config = JSON.readTree(
                        unpacked.resolve(manifest.path("Config").asString()).toFile())
                .path("config");

        assertThat(config.path("User").asString()).isEqualTo("10001:10001");
        assertThat(config.path("ExposedPorts").propertyNames()).containsExactlyInAnyOrder("8080/tcp", "8081/tcp");
        assertThat(config.path("Labels").path("org.opencontainers.image.title").asString())
                .isEqualTo("tvilling");
        assertThat(config.path("Labels").has("org.opencontainers.image.version"))
                .isTrue();
        List<String> entrypoint = new ArrayList<>();
        config.path("Entrypoint").forEach(argument -> entrypoint.add(argument.asString()));
        assertThat(entrypoint).startsWith("/opt/java/bin/java").contains("-XX:MaxRAMPercentage=75");
        assertThat(entrypoint.getLast()).isEqualTo("org.tvilling.Application");

        Path root = work.resolve("root");
        Files.createDirectories(root);
        for (JsonNode layer : manifest.path("Layers")) {
            run(List.of("tar", "-xzf", unpacked.resolve(layer.asString()).toString(), "-C", root.toString()));
        }
        assertThat(Files.readString(root.resolve("etc/passwd"))).contains("tvilling:x:10001:10001");
        Files.createDirectories(root.resolve("proc"));
        Files.createDirectories(root.resolve("dev"));

        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            int port = freePort();
            int managementPort = freePort();
            List<String> command = new ArrayList<>(List.of(
                    "unshare",
                    "--user",
                    "--map-root-user",
                    "--mount",
                    "--pid",
                    "--fork",
                    "--kill-child",
                    "--mount-proc=" + root.resolve("proc"),
                    "sh",
                    "-c",
                    "mount --rbind /dev \"$0/dev\" && exec unshare --root=\"$0\" --wd=/tmp \"$@\"",
                    root.toString()));
            command.addAll(entrypoint);
            ProcessBuilder container = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(work.resolve("container.log").toFile());
            Map<String, String> environment = container.environment();
            environment.clear();
            config.path("Env").forEach(variable -> {
                String[] pair = variable.asString().split("=", 2);
                environment.put(pair[0], pair[1]);
            });
            environment.put("SPRING_DATASOURCE_URL", postgres.getJdbcUrl("postgres", "postgres"));
            environment.put("SPRING_DATASOURCE_USERNAME", "postgres");
            environment.put("SERVER_PORT", String.valueOf(port));
            environment.put("MANAGEMENT_SERVER_PORT", String.valueOf(managementPort));
            environment.put("PATH", environment.get("PATH") + ":/usr/bin:/bin");
            Process server = container.start();
            try {
                HttpClient http = HttpClient.newBuilder()
                        .connectTimeout(Duration.ofSeconds(2))
                        .build();
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
                String readiness = "";
                while (!readiness.contains("\"UP\"")) {
                    assertThat(server.isAlive())
                            .as("the container exited: %s", Files.readString(work.resolve("container.log")))
                            .isTrue();
                    assertThat(System.nanoTime())
                            .as("readiness UP within 180 s: %s", Files.readString(work.resolve("container.log")))
                            .isLessThan(deadline);
                    Thread.sleep(500);
                    readiness = get(http, managementPort, "/actuator/health/readiness");
                }
                assertThat(get(http, port, "/readyz")).contains("\"UP\"");
                assertThat(Files.readAllLines(work.resolve("container.log")))
                        .as("production mode logs JSON")
                        .anySatisfy(line -> assertThat(line).startsWith("{").contains("\"Started Application"));
            } finally {
                server.destroy();
                if (!server.waitFor(30, TimeUnit.SECONDS)) {
                    server.destroyForcibly();
                }
            }
        }
    }

    private static String get(HttpClient http, int port, String path) throws InterruptedException {
        try {
            return http.send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException notYet) {
            return "";
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
