package org.tvilling.star;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.tvilling.platform.web.ApiFamily;
import org.tvilling.platform.web.Refusal;
import tools.jackson.databind.json.JsonMapper;

/**
 * STAR's error structure where no controller advice reaches: the security filters' 401 and 403, and every
 * request the platform refuses on STAR's paths. A request that cannot be read is 400 {@code 1014} (or
 * {@code 1001} when the CPR header is at fault), naming the element in {@code felt} where it is known; the
 * other refusals (404, 405, 406, 431 …) carry their status's text and no {@code fejlkode}, as none exists for
 * them; an unexpected failure is STAR's 500.
 */
@Component
class StarFamily extends ApiFamily {

    static final String BASE_PATH = "/star/";

    private final JsonMapper mapper;

    StarFamily(JsonMapper mapper) {
        super(BASE_PATH, MediaType.APPLICATION_JSON);
        this.mapper = mapper;
    }

    @Override
    public void refuse(Refusal refusal, HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = refusal.reason().status();
        List<StarFejl> fejl = switch (refusal.reason()) {
            case MALFORMED -> StarFejl.ugyldige(refusal.element() == null ? Set.of() : Set.of(refusal.element()));
            case UNEXPECTED -> List.of(StarFejl.uventet());
            default -> List.of(new StarFejl(null, status.getReasonPhrase(), null));
        };
        write(response, status, fejl);
    }

    void write(HttpServletResponse response, StarFejlkode kode) throws IOException {
        write(response, kode.status(), List.of(StarFejl.of(kode)));
    }

    private void write(HttpServletResponse response, HttpStatus status, List<StarFejl> fejl) throws IOException {
        writeJson(response, status, MediaType.APPLICATION_JSON, mapper, new StarFejlResponse(fejl));
    }
}
