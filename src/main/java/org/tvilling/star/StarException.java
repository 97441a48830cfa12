package org.tvilling.star;

import java.util.List;
import org.springframework.http.HttpStatus;

/** A documented STAR error, rendered by {@link StarExceptionHandler} in STAR's error structure. */
public class StarException extends RuntimeException {

    private final HttpStatus status;
    private final List<StarFejl> fejl;

    public StarException(HttpStatus status, List<StarFejl> fejl) {
        super(fejl.toString());
        this.status = status;
        this.fejl = List.copyOf(fejl);
    }

    public StarException(StarFejlkode kode) {
        this(kode.status(), List.of(StarFejl.of(kode)));
    }

    /** The x-requestId rule of every STAR write: "samme requestId mere end én gang returneres http status kode 412". */
    public static StarException gentagetRequestId(String requestId) {
        return new StarException(
                HttpStatus.PRECONDITION_FAILED,
                List.of(new StarFejl(null, "Requestet med dette x-requestId er allerede modtaget.", "x-requestId")));
    }

    public HttpStatus status() {
        return status;
    }

    public List<StarFejl> fejl() {
        return fejl;
    }
}
