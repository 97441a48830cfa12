package org.tvilling.platform.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's own answer, for every path outside the API families' base paths (the served contracts, the
 * token endpoint's unknown neighbours, any other path): an RFC 9457 problem document with the status HTTP
 * gives the reason. The request's path is not echoed back.
 */
final class PlatformProblems extends ApiFamily {

    private final JsonMapper json;

    PlatformProblems(JsonMapper json) {
        super("");
        this.json = json;
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Problem(String title, int status, @Nullable String detail) {}

    @Override
    public void refuse(Refusal refusal, HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(refusal.reason().status(), refusal.reason().description(), response);
    }

    void write(HttpStatusCode status, @Nullable String detail, HttpServletResponse response) throws IOException {
        HttpStatus known = HttpStatus.resolve(status.value());
        writeJson(
                response,
                status,
                MediaType.APPLICATION_PROBLEM_JSON,
                json,
                new Problem(known == null ? "Error" : known.getReasonPhrase(), status.value(), detail));
    }
}
