package org.tvilling.star;

import org.springframework.http.HttpStatus;

/**
 * STAR's Fejlkoder with their Fejltekst: the service pages' own tables, and the codes STAR's REST services
 * share (design.md §5.1, reference/star.md §2).
 */
public enum StarFejlkode {
    UGYLDIGT_CPR(1001, "Invalid cpr", HttpStatus.BAD_REQUEST),
    UKENDT_CPR(1010, "Unknown cpr", HttpStatus.NOT_FOUND),
    LOGON_FEJLET(1012, "Logon failed", HttpStatus.UNAUTHORIZED),
    VALIDERING_FEJLET(1014, "Failed to validate message", HttpStatus.BAD_REQUEST),
    IKKE_AUTORISERET(4575, "You are not authorized", HttpStatus.FORBIDDEN),
    VIRKSOMHED_IKKE_FUNDET(120500, "Virksomheden blev ikke fundet.", HttpStatus.NOT_FOUND),
    INGEN_LOGIN_REGISTRERET(
            120700, "Der er ikke registreret et login på den angivne virksomhed.", HttpStatus.NOT_FOUND);

    private final int kode;
    private final String tekst;
    private final HttpStatus status;

    StarFejlkode(int kode, String tekst, HttpStatus status) {
        this.kode = kode;
        this.tekst = tekst;
        this.status = status;
    }

    public int kode() {
        return kode;
    }

    public String tekst() {
        return tekst;
    }

    public HttpStatus status() {
        return status;
    }
}
