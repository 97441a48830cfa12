package org.tvilling.clients.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The packed TypeScript clients, installed as a consumer installs them, called by Node's test runner against the
 * server (clients/typescript/test/*.test.ts, prepared and type-checked by the clients build). Node's output is
 * this test's output.
 */
@ExtendWith(TvillingServer.class)
class TypeScriptClientsTest {

    @Test
    void typeScriptClients_oneSuccessAndOneErrorPerApi_pass() throws Exception {
        Path tests = Path.of(System.getProperty("typescript.tests", "../target/typescript-tests"));
        Path node = Path.of(System.getProperty("node.home", "../../target/node"), "bin", "node");
        List<String> command = new ArrayList<>(
                List.of(node.toString(), "--disable-warning=ExperimentalWarning", "--test", "--test-reporter=spec"));
        try (Stream<Path> files = Files.list(tests)) {
            files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".test.ts"))
                    .sorted()
                    .forEach(command::add);
        }
        assertThat(command).as("test files in " + tests).hasSizeGreaterThan(4);

        ProcessBuilder run =
                new ProcessBuilder(command).directory(tests.toFile()).redirectErrorStream(true);
        run.environment().put("TVILLING_URL", TvillingServer.baseUrl());
        Process process = run.start();
        try (BufferedReader report =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            report.lines().forEach(System.out::println);
        }

        assertThat(process.waitFor(120, TimeUnit.SECONDS))
                .as("node --test ended")
                .isTrue();
        assertThat(process.exitValue())
                .as("node --test exit code (its report is above)")
                .isZero();
    }
}
