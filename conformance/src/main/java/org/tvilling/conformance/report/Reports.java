package org.tvilling.conformance.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tvilling.conformance.Outcome;
import org.tvilling.conformance.Result;
import org.tvilling.conformance.Suite;

/** Writes a run's reports: the console summary, and index.html, junit.xml and results.json under --report. */
public final class Reports {

    public static final String HTML = "index.html";
    public static final String JUNIT = "junit.xml";
    public static final String JSON = "results.json";

    private Reports() {}

    public static void write(Suite.Run run, PrintStream out) throws IOException {
        Path directory = run.options().report();
        Files.createDirectories(directory);
        ConsoleReport.write(run, out);
        JunitReport.write(run, directory.resolve(JUNIT));
        JsonReport.write(run, directory.resolve(JSON));
        HtmlReport.write(run, directory.resolve(HTML));
        out.println("Report: " + directory.resolve(HTML).toAbsolutePath().normalize());
    }

    /** The results of one API by operation, in the order the checks were defined. */
    static Map<String, List<Result>> byOperation(Suite.Run run, String api) {
        Map<String, List<Result>> operations = new LinkedHashMap<>();
        run.results().stream()
                .filter(result -> result.check().api().equals(api))
                .forEach(result -> operations
                        .computeIfAbsent(result.check().operationId(), id -> new java.util.ArrayList<>())
                        .add(result));
        return operations;
    }

    static long count(List<Result> results, Outcome outcome) {
        return results.stream().filter(result -> result.outcome() == outcome).count();
    }

    /** "GetVirksomhedLogin 404 120500 · documented response · the title". */
    static String name(Result result) {
        String response = result.check().responseLabel();
        return (response.isEmpty() ? "" : response + " · ")
                + result.check().kind().label() + " · " + result.check().title();
    }
}
