package org.tvilling.conformance;

import java.util.List;
import java.util.SortedSet;

/**
 * The two figures of an API (or of the whole run), with what they are made of. Coverage: the documented responses
 * the suite has a check for, over those that can be provoked from outside (the register's are shown apart).
 * Score: checks passed over checks run.
 */
public record Figures(
        String scope,
        SortedSet<ResponseKey> documented,
        SortedSet<ResponseKey> unprovokable,
        SortedSet<ResponseKey> covered,
        SortedSet<ResponseKey> missing,
        int passed,
        int failed,
        int errors,
        int notRun) {

    public int provokable() {
        return documented.size() - unprovokable.size();
    }

    public int run() {
        return passed + failed + errors;
    }

    /** In [0, 1]; 1 when nothing can be provoked. */
    public double coverage() {
        return provokable() == 0 ? 1.0 : (double) covered.size() / provokable();
    }

    /** In [0, 1]; 1 when nothing ran. */
    public double score() {
        return run() == 0 ? 1.0 : (double) passed / run();
    }

    public static String percent(double fraction) {
        double percent = fraction * 100;
        return percent == Math.rint(percent)
                ? "%.0f %%".formatted(percent)
                : "%.1f %%".formatted(Math.floor(percent * 10) / 10);
    }

    static Figures of(String scope, List<ResponseKey> documented, Register register, List<Result> results) {
        SortedSet<ResponseKey> all = new java.util.TreeSet<>(documented);
        SortedSet<ResponseKey> unprovokable = new java.util.TreeSet<>();
        all.stream().filter(key -> register.entryFor(key).isPresent()).forEach(unprovokable::add);
        SortedSet<ResponseKey> covered = new java.util.TreeSet<>();
        results.forEach(result -> result.check().covers().stream()
                .filter(all::contains)
                .filter(key -> !unprovokable.contains(key))
                .forEach(covered::add));
        SortedSet<ResponseKey> missing = new java.util.TreeSet<>(all);
        missing.removeAll(unprovokable);
        missing.removeAll(covered);
        return new Figures(
                scope,
                all,
                unprovokable,
                covered,
                missing,
                count(results, Outcome.PASSED),
                count(results, Outcome.FAILED),
                count(results, Outcome.ERROR),
                count(results, Outcome.NOT_RUN));
    }

    private static int count(List<Result> results, Outcome outcome) {
        return (int)
                results.stream().filter(result -> result.outcome() == outcome).count();
    }
}
