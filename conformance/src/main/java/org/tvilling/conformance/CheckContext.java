package org.tvilling.conformance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.tvilling.contract.Specs;

/** What a running check works with: the target, the profile, its credentials, fresh ids, and its exchanges. */
public final class CheckContext {

    private final Check check;
    private final Http http;
    private final Profile profile;
    private final Credentials credentials;
    private final RunIds ids;
    private final Random random;
    private final AtomicInteger fuzzBudget;
    private final long seed;
    private final int generatedPerOperation;
    private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());
    private final List<Check.Body> cleanups = new ArrayList<>();

    CheckContext(
            Check check,
            Http http,
            Profile profile,
            Credentials credentials,
            RunIds ids,
            long seed,
            AtomicInteger fuzzBudget,
            int generatedPerOperation) {
        this.check = check;
        this.http = http;
        this.profile = profile;
        this.credentials = credentials;
        this.ids = ids;
        this.random = new Random(seed ^ check.id().hashCode());
        this.fuzzBudget = fuzzBudget;
        this.seed = seed;
        this.generatedPerOperation = generatedPerOperation;
    }

    public Check check() {
        return check;
    }

    public Http http() {
        return http;
    }

    public Profile profile() {
        return profile;
    }

    public Credentials credentials() {
        return credentials;
    }

    public RunIds ids() {
        return ids;
    }

    /** Seeded by {@code --seed} and the check: the same seed sends the same generated input. */
    public Random random() {
        return random;
    }

    /** The run's seed ({@code --seed}). */
    public long seed() {
        return seed;
    }

    /** How many generated requests each operation gets: the run's bound shared out over its operations. */
    public int generatedPerOperation() {
        return generatedPerOperation;
    }

    /** Takes one request from the run's budget of generated requests ({@code --max-requests}); false when spent. */
    public boolean takeFuzzRequest() {
        return fuzzBudget.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
    }

    public String fixture(String path) {
        return profile.fixture(path);
    }

    /** A request of the check's own operation. */
    public Call call() {
        return new Call(this, check.operation());
    }

    /** A request of another operation of the same contract (to prepare or to look). */
    public Call call(String operationId) {
        return new Call(this, operation(check.operation().spec(), operationId));
    }

    static Specs.DocumentedOperation operation(Specs.Spec spec, String operationId) {
        return spec.operations().stream()
                .filter(operation -> operation.operationId().equals(operationId))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(spec.name() + " documents no " + operationId));
    }

    /**
     * Something to undo after the check, whatever its outcome (what it created that the API can remove), last
     * registered first; a cleanup that fails does not change the check's outcome.
     */
    public void cleanup(Check.Body cleanup) {
        cleanups.add(cleanup);
    }

    void runCleanups() {
        for (int i = cleanups.size() - 1; i >= 0; i--) {
            try {
                cleanups.get(i).run(this);
            } catch (Exception | AssertionError ignored) {
                // The check's outcome stands; the cleanup's exchanges are in the report.
            }
        }
    }

    /** Keeps an exchange for the report (those of {@link Call#send()} are kept already). */
    public void record(Exchange exchange) {
        exchanges.add(exchange);
    }

    public List<Exchange> exchanges() {
        synchronized (exchanges) {
            return List.copyOf(exchanges);
        }
    }

    /**
     * Runs {@code count} tasks at once (each on its own virtual thread, released together) and returns what each
     * gave, in order; a task's failure is rethrown.
     */
    public <T> List<T> concurrently(int count, IntFunction<T> task) throws InterruptedException {
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(threads.submit(() -> {
                    start.await();
                    return task.apply(index);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                try {
                    results.add(future.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (e.getCause() instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
            return results;
        }
    }
}
