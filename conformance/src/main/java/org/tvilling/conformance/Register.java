package org.tvilling.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The checked-in register of documented responses that no client can provoke from outside (the unexpected 500,
 * say), each with the reason: they are shown apart and left out of coverage.
 */
public final class Register {

    public static final String RESOURCE = "unprovokable-responses.yaml";

    private static final String ANY = "*";

    /**
     * One entry: {@code api}, {@code operation} and {@code code} may be {@code *}; {@code status} is a status or
     * {@code default}.
     */
    public record Entry(String api, String operation, String status, String code, String reason) {

        boolean matches(ResponseKey response) {
            return (api.equals(ANY) || api.equals(response.spec()))
                    && (operation.equals(ANY) || operation.equals(response.operationId()))
                    && status.equals(response.status())
                    && (code.equals(ANY) || code.equals(response.code()));
        }
    }

    private final List<Entry> entries;

    Register(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public static Register load() {
        try (InputStream in = Register.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            List<Entry> entries = new ArrayList<>();
            for (JsonNode entry : new YAMLMapper().readTree(in)) {
                entries.add(new Entry(
                        entry.path("api").asText(ANY),
                        entry.path("operation").asText(ANY),
                        entry.path("status").asText(),
                        entry.path("code").asText(ANY),
                        entry.path("reason").asText().strip()));
            }
            return new Register(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Entry> entries() {
        return entries;
    }

    /** Why the response cannot be provoked from outside, if the register says it cannot. */
    public java.util.Optional<Entry> entryFor(ResponseKey response) {
        return entries.stream().filter(entry -> entry.matches(response)).findFirst();
    }

    /** Entries that match none of the documented responses: stale, and to be removed. */
    public List<Entry> unused(Collection<ResponseKey> documented) {
        return entries.stream()
                .filter(entry -> documented.stream().noneMatch(entry::matches))
                .toList();
    }
}
