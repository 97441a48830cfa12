package org.tvilling.conformance;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.tvilling.conformance.checks.AllChecks;
import org.tvilling.conformance.report.Reports;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar tvilling-conformance.jar --base-url URL …}: exit 0 only when every check that ran passed. */
@Command(
        name = "tvilling-conformance",
        mixinStandardHelpOptions = true,
        version = "tvilling conformance suite 0.1.0",
        sortOptions = false,
        description = {
            "Checks a server against the contracts of api-specs/ from outside: every documented response, the",
            "stateful promises, the authorisation matrix and generated negative input; reports coverage and score.",
            "Exit status: 0 when every check that ran passed, 1 when one failed or erred, 2 for a usage error."
        })
public final class Main implements Callable<Integer> {

    @Option(names = "--base-url", required = true, paramLabel = "URL", description = "The server's root.")
    URI baseUrl;

    @Option(
            names = "--api",
            paramLabel = "NAME",
            description =
                    "An API to check, by its contract's name (repeatable; default: all): ${COMPLETION-CANDIDATES}",
            completionCandidates = ApiNames.class)
    List<String> apis = new ArrayList<>();

    @Option(
            names = "--api-base",
            paramLabel = "NAME=URL",
            description = "Where one API is mounted, instead of the base URL and its contract's base path.")
    Map<String, URI> apiBases = new LinkedHashMap<>();

    @Option(
            names = "--profile",
            paramLabel = "FILE",
            description = "The target profile (YAML): credentials and fixtures. Default: tvilling's demo data.")
    Path profile;

    @Option(
            names = "--report",
            paramLabel = "DIR",
            defaultValue = "target/conformance-report",
            description = "Where the HTML report, junit.xml and results.json go (default: ${DEFAULT-VALUE}).")
    Path report;

    @Option(names = "--seed", paramLabel = "N", description = "The seed of generated input (default: random, printed).")
    Long seed;

    @Option(
            names = "--max-requests",
            paramLabel = "N",
            defaultValue = "300",
            description = "At most this many generated (fuzzed) requests in all (default: ${DEFAULT-VALUE}).")
    int maxRequests;

    /** The API names for the help text. */
    static final class ApiNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Apis.names().iterator();
        }
    }

    public static void main(String[] args) {
        System.exit(execute(args, System.out, System.err));
    }

    /** Runs the command as {@code main} would and returns its exit status. */
    public static int execute(String[] args, PrintStream out, PrintStream err) {
        CommandLine command = new CommandLine(new Main());
        command.setOut(new java.io.PrintWriter(out, true, StandardCharsets.UTF_8));
        command.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
        command.setExecutionExceptionHandler((exception, line, parsed) -> {
            if (exception instanceof IllegalArgumentException || exception instanceof IOException) {
                line.getErr().println(exception.getMessage());
                return 2;
            }
            throw exception;
        });
        Main main = command.getCommand();
        main.out = out;
        return command.execute(args);
    }

    private PrintStream out = System.out;

    @Override
    public Integer call() throws IOException {
        List<String> selected = apis.isEmpty() ? Apis.names() : List.copyOf(apis);
        for (String api : selected) {
            Apis.spec(api);
        }
        for (String api : apiBases.keySet()) {
            Apis.spec(api);
        }
        Profile defaults = Profile.defaults();
        Profile target = profile == null ? defaults : Profile.read(profile);
        for (String unknown : target.unknownKeys(defaults)) {
            out.println("warning: the profile's key " + unknown + " means nothing to the suite (misspelt?)");
        }
        long runSeed = seed != null ? seed : new SecureRandom().nextLong();
        Options options = new Options(baseUrl, selected, Map.copyOf(apiBases), profile, report, runSeed, maxRequests);
        out.printf(
                "tvilling conformance suite: %s, profile %s, seed %d, at most %d generated requests%n",
                baseUrl, target.name(), runSeed, maxRequests);
        Suite.Run run = Suite.run(options, target, selected, AllChecks.of(target, selected), out);
        Reports.write(run, out);
        return run.passed() ? 0 : 1;
    }
}
