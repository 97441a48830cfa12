package org.tvilling.conformance.report;

import java.util.Map;
import org.tvilling.conformance.Exchange;
import org.tvilling.conformance.Secrets;
import org.tvilling.contract.Answer;

/** An exchange as a reader replays it: the request as a curl command, the response as it came; no secrets. */
final class Curl {

    private static final int LONGEST_BODY = 4000;

    private Curl() {}

    static String request(Exchange exchange, Secrets secrets) {
        if (exchange.replay() != null) {
            return secrets.redact(exchange.replay());
        }
        StringBuilder curl = new StringBuilder("curl -sS -i");
        if (!exchange.method().equals("GET") || exchange.body() != null) {
            curl.append(" -X ").append(exchange.method());
        }
        curl.append(' ').append(quoted(exchange.url().toString()));
        for (Map.Entry<String, String> header : exchange.headers()) {
            curl.append(" \\\n  -H ").append(quoted(header.getKey() + ": " + header.getValue()));
        }
        if (exchange.body() != null) {
            curl.append(" \\\n  --data-binary ").append(quoted(abbreviated(exchange.body())));
        }
        return secrets.redact(curl.toString());
    }

    static String response(Exchange exchange, Secrets secrets) {
        Answer answer = exchange.answer();
        if (answer == null) {
            return String.join("\n", exchange.problems());
        }
        StringBuilder text = new StringBuilder("HTTP ").append(answer.status());
        answer.headers()
                .forEach((name, values) -> values.forEach(
                        value -> text.append('\n').append(name).append(": ").append(value)));
        if (!answer.body().isEmpty()) {
            text.append("\n\n").append(abbreviated(answer.body()));
        }
        return secrets.redact(text.toString());
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    private static String abbreviated(String text) {
        return text.length() <= LONGEST_BODY
                ? text
                : text.substring(0, LONGEST_BODY) + "… (" + text.length() + " characters in all)";
    }
}
