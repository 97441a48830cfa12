package org.tvilling.heliumv;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Objects;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.tvilling.platform.web.ApiFamily;
import org.tvilling.platform.web.Refusal;

/**
 * HELIUM V's answer to every request the platform refuses under its base path, the HELIUM V way: a status and
 * headers, never a body. A request that cannot be read (a malformed query string, escape or header value) is
 * 400 with code 9, the header at fault as {@code x-hv-error-key} (else {@code request}) and a description; an
 * unexpected failure is 500 with code 10; every other refusal (an unknown route or method, 406, 415, 431) is
 * the status alone, with its standard headers ({@code Allow}, {@code Accept}).
 */
@Component
class HeliumvFamily extends ApiFamily {

    static final String BASE_PATH = "/restapi/";

    HeliumvFamily() {
        super(BASE_PATH, MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML);
    }

    @Override
    public void refuse(Refusal refusal, HttpServletRequest request, HttpServletResponse response) {
        response.setStatus(refusal.reason().status().value());
        HvHeaders headers = switch (refusal.reason()) {
            case MALFORMED ->
                HvHeaders.valueInvalid(
                        Objects.requireNonNullElse(refusal.element(), "request"),
                        refusal.reason().description());
            case UNEXPECTED -> HvHeaders.unexpected();
            default -> null;
        };
        if (headers != null) {
            headers.toHttpHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        }
    }
}
