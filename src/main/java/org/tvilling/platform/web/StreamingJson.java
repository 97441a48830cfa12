package org.tvilling.platform.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code {"<name>": [ … ]}} to the current response while the items are produced, so that the
 * memory a large collection takes does not grow with its size. The handler then returns {@code null}: the
 * response has been written.
 */
@Component
public class StreamingJson {

    private final JsonMapper mapper;

    StreamingJson(JsonMapper mapper) {
        this.mapper = mapper;
    }

    /** @param producer called once, with the sink each item goes to, in order */
    public <T> void writeArrayMember(String name, Consumer<Consumer<T>> producer) {
        HttpServletResponse response =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getResponse();
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        try (JsonGenerator json = mapper.createGenerator(response.getOutputStream())) {
            json.writeStartObject();
            json.writeName(name);
            json.writeStartArray();
            producer.accept(item -> mapper.writeValue(json, item));
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
