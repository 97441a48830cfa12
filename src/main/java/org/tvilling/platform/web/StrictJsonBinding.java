package org.tvilling.platform.web;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.MapperFeature;

/**
 * JSON bodies are bound as their contracts type them, so that the server never accepts a body its contract's
 * schema rejects: a string where a number or boolean is documented ({@code "managed": "true"}) is a value of the
 * wrong type, refused while the body is read (each family answers it as it answers any body that does not fit),
 * not coerced as Jackson would. Numbers and booleans where a string is documented are refused by {@link
 * NulCharacterModule}'s string deserializer. XML bodies (HELIUM V) carry every value as text, so only the JSON
 * mapper is changed.
 *
 * <p>A member given as {@code null} is read as absent, as the real services read it (ASP.NET, Spring, JAX-RS)
 * and as clients generated from the contracts send every member they leave unset.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonBinding {

    @Bean
    JsonMapperBuilderCustomizer typesAsDocumented() {
        return builder -> builder.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
    }
}
