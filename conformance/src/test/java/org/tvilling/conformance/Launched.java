package org.tvilling.conformance;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A process the integration tests start (the server, the mock, the suite's jar), its output in a file. */
final class Launched implements AutoCloseable {

    private final Process process;
    private final Path log;

    private Launched(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static Launched start(Path log, List<String> command) throws IOException {
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new Launched(process, log);
    }

    /** Runs the suite's own jar, as a user would, to its end: its exit status. */
    static int suite(Path log, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java(), "-jar", property("tvilling.conformanceJar")));
        command.addAll(List.of(arguments));
        try (Launched suite = start(log, command)) {
            if (!suite.process.waitFor(10, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the suite did not finish in 10 minutes:\n" + suite.tail());
            }
            return suite.process.exitValue();
        }
    }

    static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set (the pom sets it)");
        }
        return value;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    /** Waits until the URL answers over HTTP (any status), failing early when the process has ended. */
    void awaitHttp(URI url, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        try (HttpClient client = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(2))
                .version(HttpClient.Version.HTTP_1_1)
                .build()) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the process ended (" + process.exitValue() + "):\n" + tail());
                }
                try {
                    client.send(
                            HttpRequest.newBuilder(url)
                                    .timeout(Duration.ofSeconds(5))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    return;
                } catch (IOException notYet) {
                    Thread.sleep(500);
                }
            }
        }
        throw new IllegalStateException(url + " did not answer within " + timeout + ":\n" + tail());
    }

    String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
