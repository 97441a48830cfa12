package org.tvilling.platform.web;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.MapperFeature;

/**
 * JSON bodies are bound as their contracts type them, so that the server never accepts a body its contract's
 * schema rejects: a string where a number or boolean is documented ({@code "managed": "true"}) is a value of the
 * wrong type, and so is {@code null} for a member (no contract declares one {@code nullable}); both are refused
 * while the body is read, and each family answers them as it answers any body that does not fit. Jackson would
 * coerce the one and take the other as absent. Numbers and booleans where a string is documented are refused by
 * {@link NulCharacterModule}'s string deserializer. XML bodies (HELIUM V) carry every value as text and have no
 * null, so only the JSON mapper is changed.
 *
 * <p>A member that is absent is not a null: the request bodies (the generated models) are bound through their
 * setters, never through the constructor openapi-generator adds for the required members (a single-argument one
 * included), which Jackson would
 * otherwise pick and call with null for every member the body leaves out (so that a missing name would be a
 * null one, and no longer the family's documented "missing" answer). Explicit {@code @JsonCreator}s (the
 * enums') still count.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonBinding {

    @Bean
    JsonMapperBuilderCustomizer typesAsDocumented() {
        return builder -> builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .changeDefaultNullHandling(nulls -> JsonSetter.Value.forValueNulls(Nulls.FAIL))
                .changeDefaultVisibility(visibility -> visibility
                        .withCreatorVisibility(JsonAutoDetect.Visibility.NONE)
                        .withScalarConstructorVisibility(JsonAutoDetect.Visibility.NONE));
    }
}
