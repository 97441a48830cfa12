package org.tvilling.conformance;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
        List<Result> results = new ArrayList<>();
        Secrets secrets = new Secrets();
        try (Http http = new Http(options.baseUrl(), options.apiBases(), secrets);
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            Credentials credentials = new Credentials(profile, http);
            long operations = apis.stream()
                    .mapToLong(api -> Apis.spec(api).operations().size())
                    .sum();
            int perOperation = (int) Math.max(1, options.maxRequests() / Math.max(1, operations));
            List<Future<List<Result>>> runs = new ArrayList<>();
            for (int i = 0; i < apis.size(); i++) {
                String api = apis.get(i);
                // Each API its own share of the generated requests, so that a seed sends the same input
                // whatever order the APIs finish in.
                AtomicInteger budget = new AtomicInteger(
                        options.maxRequests() / apis.size() + (i < options.maxRequests() % apis.size() ? 1 : 0));
                List<Check> ofApi =
                        checks.stream().filter(check -> check.api().equals(api)).toList();
                runs.add(threads.submit(
                        () -> runApi(api, ofApi, http, profile, credentials, ids, options, budget, perOperation, out)));
            }
            for (Future<List<Result>> run : runs) {
                results.addAll(run.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the suite broke", e.getCause());
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

    /**
     * One API's checks, one after the other (they share its state: a user's failed logons, a company's logins);
     * the APIs run side by side.
     */
    private static List<Result> runApi(
            String api,
            List<Check> checks,
            Http http,
            Profile profile,
            Credentials credentials,
            RunIds ids,
            Options options,
            AtomicInteger budget,
            int perOperation,
            PrintStream out) {
        long start = System.nanoTime();
        List<Result> results = new ArrayList<>();
        for (Check check : checks) {
            results.add(run(
                    check,
                    new CheckContext(check, http, profile, credentials, ids, options.seed(), budget, perOperation)));
        }
        synchronized (out) {
            out.printf(
                    "%-24s %4d checks in %5.1f s: %d passed, %d failed, %d errors, %d not run%n",
                    api,
                    checks.size(),
                    (System.nanoTime() - start) / 1e9,
                    count(results, Outcome.PASSED),
                    count(results, Outcome.FAILED),
                    count(results, Outcome.ERROR),
                    count(results, Outcome.NOT_RUN));
        }
        return results;
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
