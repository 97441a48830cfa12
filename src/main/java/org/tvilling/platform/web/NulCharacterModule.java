package org.tvilling.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.KeyDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses U+0000 in every string a request body carries, as a mapping error of the member that holds it.
 * JSON allows {@code "\u0000"}, PostgreSQL text does not (SQLState 22021): without this, such a string is
 * bound, validated and only fails in the database, as an undocumented 500. Refused while binding, it is what
 * every API family already answers in its documented form for a body that does not fit (Altinn's
 * {@code errors} map naming the member, HELIUM V's code 9 "Unreadable body", STAR's and Lequinox's own).
 * Spring Boot adds every {@code JacksonModule} bean to the JSON mapper and to the XML mapper its message
 * converters use (JacksonAutoConfiguration's Standard{Json,Xml}MapperBuilderCustomizer), so one bean covers
 * both; an XML parser already refuses the character itself, this covers what a parser might let through.
 *
 * <p>The same deserializer refuses a JSON number or boolean where a string is documented (Jackson would turn
 * {@code 42} into {@code "42"}), so that the server never accepts a body its contract's schema rejects; the
 * other direction (a string where a number or boolean is documented) is {@link StrictJsonBinding}'.
 */
@Component
class NulCharacterModule extends SimpleModule {

    static final String REFUSED = "U+0000 is not allowed in a string";

    NulCharacterModule() {
        super(NulCharacterModule.class.getSimpleName());
        addDeserializer(String.class, new NulRefusingStringDeserializer());
        addKeyDeserializer(String.class, new NulRefusingKeyDeserializer());
    }

    static boolean holdsNul(@Nullable String text) {
        return text != null && text.indexOf('\0') >= 0;
    }

    /** Jackson's own String deserializer (coercions, nulls, empties unchanged), then the check. */
    private static final class NulRefusingStringDeserializer extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            if (parser.hasToken(JsonToken.VALUE_NUMBER_INT)
                    || parser.hasToken(JsonToken.VALUE_NUMBER_FLOAT)
                    || parser.hasToken(JsonToken.VALUE_TRUE)
                    || parser.hasToken(JsonToken.VALUE_FALSE)) {
                return (String) context.handleUnexpectedToken(String.class, parser);
            }
            String text = super.deserialize(parser, context);
            if (holdsNul(text)) {
                return context.reportInputMismatch(this, REFUSED);
            }
            return text;
        }
    }

    /** Member names of maps with string keys. */
    private static final class NulRefusingKeyDeserializer extends KeyDeserializer {

        @Override
        public Object deserializeKey(String key, DeserializationContext context) {
            if (holdsNul(key)) {
                return context.reportInputMismatch(String.class, REFUSED);
            }
            return key;
        }
    }
}
