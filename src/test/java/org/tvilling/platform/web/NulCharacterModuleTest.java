package org.tvilling.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.xml.XmlMapper;

class NulCharacterModuleTest {

    record Body(String name, List<String> tags, String[] codes, Map<String, String> texts, Nested nested) {}

    record Nested(String value) {}

    private static final JsonMapper JSON =
            JsonMapper.builder().addModule(new NulCharacterModule()).build();

    /** The body with every string member filled, and U+0000 in the one at {@code nulAt} (none when -1). */
    private static String body(int nulAt) {
        Object[] strings = {"navn", "b", "c", "nb", "tekst", "v"};
        if (nulAt >= 0) {
            strings[nulAt] = strings[nulAt] + "\\u0000x";
        }
        return """
                {"name": "%s", "tags": ["a", "%s"], "codes": ["%s"], "texts": {"%s": "%s"}, "nested": {"value": "%s"}}
                """.formatted(strings);
    }

    @Test
    void stringsWithoutNul_areReadAsBefore() {
        Body body = JSON.readValue(body(-1), Body.class);

        assertThat(body.name()).isEqualTo("navn");
        assertThat(body.tags()).containsExactly("a", "b");
        assertThat(body.codes()).containsExactly("c");
        assertThat(body.texts()).containsEntry("nb", "tekst");
        assertThat(body.nested().value()).isEqualTo("v");
    }

    /** A number or boolean is no string (Jackson would coerce it); a null is left to the mapper (absent). */
    @Test
    void numberOrBooleanForAString_isAMappingErrorAtThatMember_nullIsNotThisModules() {
        for (String value : List.of("12", "1.5", "true")) {
            assertThatThrownBy(() -> JSON.readValue("{\"nested\": {\"value\": " + value + "}}", Body.class))
                    .isInstanceOf(MismatchedInputException.class)
                    .satisfies(failure ->
                            assertThat(path((JacksonException) failure)).isEqualTo("nested.value"));
        }
        assertThat(JSON.readValue("{\"name\": null}", Body.class).name()).isNull();
    }

    record Flags(Boolean managed, Integer count, String name) {}

    /** Spring Boot's JSON mapper binds scalars as the contracts type them (no coercion); XML is unchanged. */
    @Test
    void strictJsonBinding_refusesCoercedScalarsInJsonOnly() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .withUserConfiguration(StrictJsonBinding.class)
                .run(context -> {
                    JsonMapper json = context.getBean(JsonMapper.class);
                    for (String body : List.of("{\"managed\": \"true\"}", "{\"count\": \"1\"}", "{\"managed\": 1}")) {
                        assertThatThrownBy(() -> json.readValue(body, Flags.class))
                                .as(body)
                                .isInstanceOf(MismatchedInputException.class);
                    }
                    assertThat(json.readValue("{\"managed\": true, \"count\": 1, \"name\": null}", Flags.class))
                            .as("a member given as null is absent")
                            .isEqualTo(new Flags(true, 1, null));
                    assertThat(context.getBean(XmlMapper.class)
                                    .readValue("<Flags><managed>true</managed><count>1</count></Flags>", Flags.class))
                            .isEqualTo(new Flags(true, 1, null));
                });
    }

    @Test
    void nulInAMember_isAMappingErrorAtThatMember() {
        assertRefusedAt(body(0), "name");
        assertRefusedAt(body(5), "nested.value");
    }

    @Test
    void nulInAListOrArrayItem_isAMappingErrorAtThatItem() {
        assertRefusedAt(body(1), "tags[1]");
        assertRefusedAt(body(2), "codes[0]");
    }

    @Test
    void nulInAMapKeyOrValue_isAMappingError() {
        assertRefusedAt(body(4), "texts.nb");
        assertThatThrownBy(() -> JSON.readValue(body(3), Body.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining(NulCharacterModule.REFUSED);
    }

    @Test
    void nulAsATopLevelString_isAMappingError() {
        assertThatThrownBy(() -> JSON.readValue("\"a\\u0000b\"", String.class))
                .isInstanceOf(MismatchedInputException.class);
        assertThatThrownBy(() -> JSON.readValue("[\"a\\u0000b\"]", String[].class))
                .isInstanceOf(MismatchedInputException.class);
    }

    /** The bean reaches both mappers Spring Boot builds: JSON, and XML, which HELIUM V reads and writes. */
    @Test
    void asABean_springBootAddsItToTheJsonAndTheXmlMapper() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class))
                .withBean(NulCharacterModule.class)
                .run(context -> {
                    JsonMapper json = context.getBean(JsonMapper.class);
                    XmlMapper xml = context.getBean(XmlMapper.class);

                    assertThatThrownBy(() -> json.readValue("{\"value\": \"a\\u0000b\"}", Nested.class))
                            .isInstanceOf(MismatchedInputException.class);
                    assertThat(json.registeredModules()).anyMatch(module -> module instanceof NulCharacterModule);
                    assertThat(xml.registeredModules()).anyMatch(module -> module instanceof NulCharacterModule);
                    assertThat(xml.readValue("<Nested><value>v</value></Nested>", Nested.class)
                                    .value())
                            .isEqualTo("v");
                });
    }

    private static void assertRefusedAt(String json, String path) {
        assertThatThrownBy(() -> JSON.readValue(json, Body.class))
                .isInstanceOf(MismatchedInputException.class)
                .hasMessageContaining(NulCharacterModule.REFUSED)
                .satisfies(
                        failure -> assertThat(path((JacksonException) failure)).isEqualTo(path));
    }

    private static String path(JacksonException failure) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : failure.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
