package org.tvilling.conformance.report;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.tvilling.conformance.Figures;
import org.tvilling.conformance.Outcome;
import org.tvilling.conformance.Result;
import org.tvilling.conformance.Suite;

/** The summary on the console: per API and operation, the two figures, then what failed and what did not run. */
final class ConsoleReport {

    private ConsoleReport() {}

    static void write(Suite.Run run, PrintStream out) {
        out.println();
        run.perApi().forEach((api, figures) -> {
            out.println(api);
            for (Map.Entry<String, List<Result>> operation :
                    Reports.byOperation(run, api).entrySet()) {
                List<Result> results = operation.getValue();
                out.printf(
                        "  %-40s %3d passed %3d failed %3d errors %3d not run%n",
                        operation.getKey(),
                        Reports.count(results, Outcome.PASSED),
                        Reports.count(results, Outcome.FAILED),
                        Reports.count(results, Outcome.ERROR),
                        Reports.count(results, Outcome.NOT_RUN));
            }
            out.println("  " + figures(figures));
            figures.missing()
                    .forEach(missing ->
                            out.println("    no check for " + missing.operationId() + " " + missing.label()));
        });
        out.println("overall: " + figures(run.overall()));
        print(out, run, Outcome.FAILED, "Failed");
        print(out, run, Outcome.ERROR, "Errors (the suite could not do its part)");
        print(out, run, Outcome.NOT_RUN, "Not run");
        out.printf(
                "%n%s in %.1f s (run %s).%n",
                run.passed() ? "PASSED" : "FAILED", run.took().toMillis() / 1000.0, run.runId());
    }

    static String figures(Figures figures) {
        return "coverage %s (%d of %d documented responses that can be provoked; %d cannot be, see the register),"
                        .formatted(
                                Figures.percent(figures.coverage()),
                                figures.covered().size(),
                                figures.provokable(),
                                figures.unprovokable().size())
                + " score %s (%d of %d checks run passed; %d not run)"
                        .formatted(Figures.percent(figures.score()), figures.passed(), figures.run(), figures.notRun());
    }

    private static void print(PrintStream out, Suite.Run run, Outcome outcome, String heading) {
        List<Result> results = run.results().stream()
                .filter(result -> result.outcome() == outcome)
                .toList();
        if (results.isEmpty()) {
            return;
        }
        out.printf("%n%s (%d):%n", heading, results.size());
        for (Result result : results) {
            out.printf(
                    "  %s %s %s%n      %s%n",
                    result.check().api(),
                    result.check().operationId(),
                    Reports.name(result),
                    result.message().replace("\n", "\n      "));
        }
    }
}
