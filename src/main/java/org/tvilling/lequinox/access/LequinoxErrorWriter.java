package org.tvilling.lequinox.access;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;

/**
 * The family's error format, a plain-text body holding the documented message, written straight to the
 * response: from the security filter, where no controller advice reaches, and from the advice, whatever the
 * request's {@code Accept} asks for (the documentation answers every error this way).
 */
final class LequinoxErrorWriter {

    private LequinoxErrorWriter() {}

    /** A message without placeholders, as documented. */
    static void write(HttpServletResponse response, LequinoxMessage message) throws IOException {
        write(response, message, message.template());
    }

    static void write(HttpServletResponse response, LequinoxMessage message, String text) throws IOException {
        write(response, message.status(), text);
    }

    /** A text that is no documented message: the answer to a path or method that is no operation of the API. */
    static void write(HttpServletResponse response, HttpStatusCode status, String text) throws IOException {
        response.resetBuffer();
        response.setStatus(status.value());
        response.setContentType(MediaType.TEXT_PLAIN_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        response.getOutputStream().write(body);
    }
}
