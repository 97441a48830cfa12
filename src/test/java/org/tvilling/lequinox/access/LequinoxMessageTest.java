package org.tvilling.lequinox.access;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.tvilling.contract.Specs;

/**
 * The server's messages are the spec's: every {@code x-error-codes} entry of api-specs/lequinox-access.yaml
 * is a {@link LequinoxMessage} with the same text and status, and every message is in the spec (and one code
 * names one text throughout), so that a message changed in one place fails here.
 */
class LequinoxMessageTest {

    private record Documented(String code, String text, int status) {}

    @Test
    void theSpecsMessagesAreTheServers() {
        Specs.Spec spec = Specs.named("lequinox-access.yaml");
        List<Documented> documented = spec.model().getPaths().values().stream()
                .flatMap(item -> item.readOperations().stream())
                .flatMap(operation -> operation.getResponses().entrySet().stream())
                .filter(response -> !response.getKey().equals("default"))
                .flatMap(response -> entries(Integer.parseInt(response.getKey()), response.getValue()))
                .toList();
        assertThat(documented).isNotEmpty();

        Map<String, String> specTexts = new TreeMap<>();
        for (Documented message : documented) {
            assertThat(specTexts.putIfAbsent(message.code(), message.text()))
                    .as("one text per code: " + message.code())
                    .isIn(null, message.text());
            LequinoxMessage server = LequinoxMessage.valueOf(message.code());
            assertThat(server.template()).as(message.code()).isEqualTo(message.text());
            assertThat(server.status().value()).as(message.code()).isEqualTo(message.status());
        }
        assertThat(specTexts.keySet())
                .containsExactlyInAnyOrderElementsOf(
                        Stream.of(LequinoxMessage.values()).map(Enum::name).collect(Collectors.toSet()));
        assertThat(spec.model().getComponents().getExamples())
                .allSatisfy((code, example) ->
                        assertThat(example.getValue()).as(code).isEqualTo(specTexts.get(code)));
    }

    @SuppressWarnings("unchecked")
    private static Stream<Documented> entries(int status, ApiResponse response) {
        if (response.getExtensions() == null || response.getExtensions().get("x-error-codes") == null) {
            return Stream.empty();
        }
        return ((List<Map<String, Object>>) response.getExtensions().get("x-error-codes"))
                .stream().map(entry -> new Documented((String) entry.get("code"), (String) entry.get("text"), status));
    }
}
