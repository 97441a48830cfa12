package org.tvilling.contract.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.tvilling.contract.Specs;

/**
 * One request of the fuzz: the operation, the mutation, and how to make it. The request is made when it is
 * sent ({@link #request(FuzzInputs)}), from the inputs of that moment (a fresh request id, a live token), with
 * a random source of its own, so a case is reproduced by its seed and index alone.
 */
public final class FuzzCase {

    private final Specs.DocumentedOperation operation;
    private final long seed;
    private final int index;
    private final Mutations.Mutation mutation;

    FuzzCase(Specs.DocumentedOperation operation, long seed, int index, Mutations.Mutation mutation) {
        this.operation = operation;
        this.seed = seed;
        this.index = index;
        this.mutation = mutation;
    }

    public Specs.DocumentedOperation operation() {
        return operation;
    }

    public int index() {
        return index;
    }

    /** The kind of mutation (e.g. {@code unicode}, {@code credentials}), for coverage. */
    public String kind() {
        return mutation.kind();
    }

    /** What exactly is changed (e.g. {@code header:x-requestId:unicode:c1}). */
    public String mutation() {
        return mutation.name();
    }

    public RawRequest request(FuzzInputs inputs) {
        return mutation.apply().apply(Baseline.of(operation, inputs), new Random(seed * 31 + index));
    }

    /** Whether the operation changes what the target stores (its method is not GET). */
    public boolean writes() {
        return !operation.method().equalsIgnoreCase("GET");
    }

    public String describe() {
        return "%s %s (%s), case %d of seed %d: %s"
                .formatted(
                        operation.method(), operation.pathTemplate(), operation.operationId(), index, seed, mutation());
    }

    /**
     * A shell command that sends the request's exact bytes again: {@code printf '…' | nc host port} (bytes outside
     * printable ASCII as {@code \xNN}).
     */
    public static String reproducer(RawRequest request, String host, int port) {
        StringBuilder format = new StringBuilder();
        for (byte b : request.bytes(host + ":" + port)) {
            int c = b & 0xFF;
            switch (c) {
                case '\r' -> format.append("\\r");
                case '\n' -> format.append("\\n");
                case '\\' -> format.append("\\\\");
                case '%' -> format.append("%%");
                case '\'' -> format.append("\\x27");
                default -> {
                    if (c < 0x20 || c >= 0x7F) {
                        format.append("\\x%02x".formatted(c));
                    } else {
                        format.append((char) c);
                    }
                }
            }
        }
        return "printf '" + format + "' | nc " + host + " " + port;
    }

    /** The first characters of a text, for messages (a fuzzed body can be 40 kB). */
    public static String shortened(String text, int length) {
        String visible = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        return visible.length() <= length
                ? visible
                : visible.substring(0, length) + "… (" + visible.length() + " characters)";
    }
}
