package org.tvilling.conformance;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.tvilling.contract.Answer;

/** An answer the contract allows, and the assertions a check makes on it; each throws {@link Failure}. */
public final class Reply {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Exchange exchange;

    Reply(Exchange exchange) {
        this.exchange = exchange;
    }

    public Exchange exchange() {
        return exchange;
    }

    public int status() {
        return exchange.status();
    }

    public Answer answer() {
        return Objects.requireNonNull(exchange.answer());
    }

    public String body() {
        return answer().body();
    }

    public @Nullable String header(String name) {
        return answer().header(name);
    }

    public List<String> codes() {
        return exchange.codes();
    }

    public Failure failure(String message) {
        return new Failure(message, exchange);
    }

    public Reply expect(int status) {
        if (status() != status) {
            throw failure("expected %d, got %d%s".formatted(status, status(), codes().isEmpty() ? "" : " " + codes()));
        }
        return this;
    }

    /** The status and, where the contract lists codes, this one among the answer's codes. */
    public Reply expect(int status, String code) {
        expect(status);
        if (!code.isEmpty() && !codes().contains(code)) {
            throw failure("expected %d with code %s, got the codes %s".formatted(status, code, codes()));
        }
        return this;
    }

    /** Exactly these codes, in this order. */
    public Reply codesExactly(String... codes) {
        if (!codes().equals(List.of(codes))) {
            throw failure("expected the codes %s, got %s".formatted(List.of(codes), codes()));
        }
        return this;
    }

    public Reply header(String name, String expected) {
        String actual = header(name);
        if (!expected.equals(actual)) {
            throw failure("expected the header %s: %s, got %s".formatted(name, expected, actual));
        }
        return this;
    }

    public Reply headerPresent(String name) {
        if (header(name) == null) {
            throw failure("expected a header " + name);
        }
        return this;
    }

    public Reply headerMatches(String name, String what, Predicate<String> test) {
        String actual = header(name);
        if (actual == null || !test.test(actual)) {
            throw failure("expected the header %s to be %s, got %s".formatted(name, what, actual));
        }
        return this;
    }

    /** No header whose name starts with the prefix (HELIUM V's failed logons give no hint). */
    public Reply noHeaderStartingWith(String prefix) {
        answer().headers().keySet().stream()
                .filter(name -> name.toLowerCase(java.util.Locale.ROOT).startsWith(prefix))
                .findFirst()
                .ifPresent(name -> {
                    throw failure("expected no %s… header, got %s: %s".formatted(prefix, name, header(name)));
                });
        return this;
    }

    public Reply emptyBody() {
        if (!body().isEmpty()) {
            throw failure("expected no body, got " + abbreviated(body()));
        }
        return this;
    }

    public Reply text(String expected) {
        if (!expected.equals(body())) {
            throw failure("expected the body \"%s\", got \"%s\"".formatted(expected, abbreviated(body())));
        }
        return this;
    }

    public Reply contentType(String prefix) {
        return headerMatches("Content-Type", prefix + "…", value -> value.startsWith(prefix));
    }

    public JsonNode json() {
        try {
            return JSON.readTree(body());
        } catch (JacksonException e) {
            throw failure("expected a JSON body, got " + abbreviated(body()));
        }
    }

    /** A text member of the JSON body, which must be there. */
    public String jsonText(String pointer) {
        JsonNode node = json().at(pointer);
        if (!node.isValueNode()) {
            throw failure("expected %s in the body, got %s".formatted(pointer, abbreviated(body())));
        }
        return node.asText();
    }

    public Reply check(boolean holds, String expectation) {
        if (!holds) {
            throw failure(expectation);
        }
        return this;
    }

    static String abbreviated(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
