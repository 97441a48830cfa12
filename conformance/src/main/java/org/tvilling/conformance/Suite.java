package org.tvilling.conformance;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs the checks against the target, one after the other, and sums them up per API. */
public final class Suite {

    /** A finished run. */
    public record Run(
            Options options,
            String profile,
            String runId,
            Instant started,
            Duration took,
            List<Result> results,
            Map<String, Figures> perApi,
            Figures overall,
            Register register,
            Secrets secrets) {

        /** Every check that ran passed (checks not run do not fail a run). */
        public boolean passed() {
            return results.stream()
                    .allMatch(result -> result.outcome() == Outcome.PASSED
                            || !result.outcome().ran());
        }
    }

    private Suite() {}

    public static Run run(Options options, Profile profile, List<String> apis, List<Check> checks, PrintStream out) {
        Instant started = Instant.now();
        Register register = Register.load();
        RunIds ids = new RunIds();
        AtomicInteger fuzzBudget = new AtomicInteger(options.maxRequests());
        List<Result> results = new ArrayList<>();
        Secrets secrets = new Secrets();
        try (Http http = new Http(options.baseUrl(), options.apiBases(), secrets)) {
            Credentials credentials = new Credentials(profile, http);
            for (String api : apis) {
                List<Check> ofApi =
                        checks.stream().filter(check -> check.api().equals(api)).toList();
                long start = System.nanoTime();
                List<Result> apiResults = new ArrayList<>();
                for (Check check : ofApi) {
                    apiResults.add(run(
                            check,
                            new CheckContext(check, http, profile, credentials, ids, options.seed(), fuzzBudget)));
                }
                results.addAll(apiResults);
                out.printf(
                        "%-24s %4d checks in %5.1f s: %d passed, %d failed, %d errors, %d not run%n",
                        api,
                        ofApi.size(),
                        (System.nanoTime() - start) / 1e9,
                        count(apiResults, Outcome.PASSED),
                        count(apiResults, Outcome.FAILED),
                        count(apiResults, Outcome.ERROR),
                        count(apiResults, Outcome.NOT_RUN));
            }
        }
        Map<String, Figures> perApi = new LinkedHashMap<>();
        List<ResponseKey> everything = new ArrayList<>();
        for (String api : apis) {
            List<ResponseKey> documented = Apis.documented(Apis.spec(api));
            everything.addAll(documented);
            perApi.put(
                    api,
                    Figures.of(
                            api,
                            documented,
                            register,
                            results.stream()
                                    .filter(result -> result.check().api().equals(api))
                                    .toList()));
        }
        Figures overall = Figures.of("overall", everything, register, results);
        return new Run(
                options,
                profile.name(),
                ids.run(),
                started,
                Duration.between(started, Instant.now()),
                List.copyOf(results),
                perApi,
                overall,
                register,
                secrets);
    }

    static Result run(Check check, CheckContext context) {
        long start = System.nanoTime();
        Outcome outcome;
        String message = "";
        Exchange failing = null;
        try {
            check.body().run(context);
            outcome = Outcome.PASSED;
        } catch (NotRun notRun) {
            outcome = Outcome.NOT_RUN;
            message = notRun.getMessage();
        } catch (Failure failure) {
            outcome = Outcome.FAILED;
            message = failure.getMessage();
            failing = failure.exchange();
        } catch (SetupError error) {
            outcome = Outcome.ERROR;
            message = error.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            outcome = Outcome.ERROR;
            message = "interrupted";
        } catch (Exception | AssertionError | StackOverflowError e) {
            outcome = Outcome.ERROR;
            message = "the suite broke: " + e;
            StackTraceElement[] trace = e.getStackTrace();
            if (trace.length > 0) {
                message += " at " + trace[0];
            }
        } finally {
            context.runCleanups();
        }
        String redacted = context.http().secrets().redact(message);
        return new Result(
                check, outcome, redacted, failing, context.exchanges(), Duration.ofNanos(System.nanoTime() - start));
    }

    private static long count(List<Result> results, Outcome outcome) {
        return results.stream().filter(result -> result.outcome() == outcome).count();
    }
}
