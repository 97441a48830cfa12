package org.tvilling.contract.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.tvilling.contract.Specs;

/**
 * Malformed requests for every operation of a contract, generated from the contract itself (its parameters,
 * body schema, media types and security scheme) and the target's {@link FuzzInputs}. With a fixed seed the
 * cases are the same on every run; each operation gets a bounded number of them, at least one of every kind of
 * mutation that applies to it, the rest drawn at random from all of its mutations.
 */
public final class Fuzzer {

    private final long seed;
    private final int casesPerOperation;

    public Fuzzer(long seed, int casesPerOperation) {
        this.seed = seed;
        this.casesPerOperation = casesPerOperation;
    }

    /** The cases of one operation, in the order to send them. */
    public List<FuzzCase> cases(Specs.DocumentedOperation operation, FuzzInputs inputs) {
        List<Mutations.Mutation> all = Mutations.of(Baseline.of(operation, inputs));
        long operationSeed = seed ^ operation.operationId().hashCode();
        List<Mutations.Mutation> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(operationSeed));

        Map<String, Mutations.Mutation> oneOfEachKind = new LinkedHashMap<>();
        shuffled.forEach(mutation -> oneOfEachKind.putIfAbsent(mutation.kind(), mutation));
        List<Mutations.Mutation> chosen = new ArrayList<>(oneOfEachKind.values());
        for (Mutations.Mutation mutation : shuffled) {
            if (chosen.size() >= Math.max(casesPerOperation, oneOfEachKind.size())) {
                break;
            }
            if (!chosen.contains(mutation)) {
                chosen.add(mutation);
            }
        }
        List<FuzzCase> cases = new ArrayList<>();
        for (int index = 0; index < chosen.size(); index++) {
            Mutations.Mutation mutation = chosen.get(index);
            cases.add(new FuzzCase(operation, operationSeed, index, mutation));
        }
        return cases;
    }

    /** Every kind of mutation the fuzzer has, for reports of what was covered. */
    public static List<String> kinds(Specs.DocumentedOperation operation, FuzzInputs inputs) {
        return Mutations.of(Baseline.of(operation, inputs)).stream()
                .map(Mutations.Mutation::kind)
                .distinct()
                .toList();
    }
}
