package org.tvilling.star;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** STAR's error structure where no controller advice reaches: the security filters' 401 and 403. */
@Component
class StarErrorWriter {

    private final JsonMapper mapper;

    StarErrorWriter(JsonMapper mapper) {
        this.mapper = mapper;
    }

    void write(HttpServletResponse response, StarFejlkode kode) throws IOException {
        response.setStatus(kode.status().value());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        mapper.writeValue(response.getOutputStream(), new StarFejlResponse(java.util.List.of(StarFejl.of(kode))));
    }
}
