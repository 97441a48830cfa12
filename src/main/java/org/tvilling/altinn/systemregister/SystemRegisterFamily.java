package org.tvilling.altinn.systemregister;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.tvilling.platform.web.ApiFamily;
import org.tvilling.platform.web.Refusal;
import tools.jackson.databind.json.JsonMapper;

/**
 * The system register's answer to every request the platform refuses under its base path: the status HTTP
 * gives the refusal, with a problem document as ASP.NET writes one for it ({@code type}, {@code title},
 * {@code status}, {@code detail}), as Altinn's service answers them; an unexpected failure is its 500.
 */
@Component
class SystemRegisterFamily extends ApiFamily {

    static final String BASE_PATH = "/authentication/api/v1/";

    private final JsonMapper mapper;

    SystemRegisterFamily(JsonMapper mapper) {
        super(BASE_PATH, MediaType.APPLICATION_JSON);
        this.mapper = mapper;
    }

    @Override
    public void refuse(Refusal refusal, HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpStatus status = refusal.reason().status();
        writeJson(
                response,
                status,
                MediaType.APPLICATION_PROBLEM_JSON,
                mapper,
                refusal.reason() == Refusal.Reason.UNEXPECTED
                        ? Problem.unexpected()
                        : Problem.of(status, detail(refusal)));
    }

    private static String detail(Refusal refusal) {
        return refusal.element() == null
                ? refusal.reason().description() + "."
                : refusal.reason().description() + ": the header " + refusal.element() + " is not allowed.";
    }
}
