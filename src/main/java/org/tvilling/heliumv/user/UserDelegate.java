package org.tvilling.heliumv.user;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.tvilling.heliumv.HvException;
import org.tvilling.heliumv.HvHeaders;
import org.tvilling.heliumv.user.generated.api.UserApiDelegate;
import org.tvilling.heliumv.user.generated.model.ChangePasswordEntry;
import org.tvilling.heliumv.user.generated.model.LoggedOnEntry;
import org.tvilling.heliumv.user.generated.model.LoggedOnTenantEntry;
import org.tvilling.heliumv.user.generated.model.LogonEntry;
import org.tvilling.heliumv.user.generated.model.LogonIdCardEntry;
import org.tvilling.heliumv.user.generated.model.LogonTenantEntry;
import org.tvilling.heliumv.user.generated.model.TenantEntry;
import org.tvilling.heliumv.user.generated.model.TenantEntryList;

/** HELIUM V UserApi Resource: logon, logonapp, logonidcard, logout (both forms), password. */
@Component
class UserDelegate implements UserApiDelegate {

    /** FEHLER_KUNDENSTUECKLISTEMANDANT_NICHT_EINDEUTIG, the server's code for an ambiguous partlist client. */
    static final int MANDANT_NICHT_EINDEUTIG = 2079;

    /** respondBadRequest(EXPECTATION_FAILED): the session cannot do this (code 8, extended 8). */
    static final int ERWARTUNG_NICHT_ERFUELLT = 8;

    private final LogonService logons;

    /** The current request: logout and password read the session token the security schemes describe. */
    private final HttpServletRequest request;

    UserDelegate(LogonService logons, HttpServletRequest request) {
        this.logons = logons;
        this.request = request;
    }

    @Override
    public ResponseEntity<LoggedOnEntry> logon(LogonEntry logonEntry) {
        String username = required(logonEntry.getUsername(), "username");
        String password = required(logonEntry.getPassword(), "password");
        return switch (logons.benutzer(username, password, logonEntry.getClient(), logonEntry.getLocaleString())) {
            case LogonResult.Angemeldet angemeldet ->
                ResponseEntity.status(HttpStatus.CREATED).body(loggedOn(angemeldet));
            case LogonResult.Gesperrt gesperrt -> tooManyRequests(gesperrt).build();
            default -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        };
    }

    @Override
    public ResponseEntity<LoggedOnTenantEntry> logonExternal(LogonTenantEntry logonEntry) {
        String username = required(logonEntry.getUsername(), "username");
        String password = required(logonEntry.getPassword(), "password");
        LoggedOnTenantEntry invalid = new LoggedOnTenantEntry(false);
        return switch (logons.ansprechpartner(
                username, password, logonEntry.getTenantCnr(), logonEntry.getLocaleString())) {
            case LogonResult.Angemeldet angemeldet ->
                ResponseEntity.status(HttpStatus.CREATED)
                        .body(new LoggedOnTenantEntry(true)
                                .token(angemeldet.token())
                                .client(angemeldet.mandant().cnr())
                                .localeString(angemeldet.mandant().locale()));
            case LogonResult.MandantNichtEindeutig mehrdeutig ->
                ResponseEntity.status(HttpStatus.EXPECTATION_FAILED)
                        .headers(HvHeaders.expectationFailed(MANDANT_NICHT_EINDEUTIG)
                                .toHttpHeaders())
                        .body(invalid.possibleTenants(new TenantEntryList(mehrdeutig.moeglicheMandanten().stream()
                                .map(mandant -> new TenantEntry(mandant.kbez(), mandant.cnr()))
                                .toList())));
            case LogonResult.KeineStuecklisten keine ->
                ResponseEntity.status(HttpStatus.NOT_FOUND).body(invalid);
            case LogonResult.Gesperrt gesperrt -> tooManyRequests(gesperrt).body(invalid);
            case LogonResult.Abgelehnt abgelehnt ->
                ResponseEntity.status(HttpStatus.UNAUTHORIZED).body(invalid);
        };
    }

    @Override
    public ResponseEntity<LoggedOnEntry> logonIdCard(String idcard, @Nullable LogonIdCardEntry logonEntry) {
        String client = logonEntry == null ? null : logonEntry.getClient();
        String localeString = logonEntry == null ? null : logonEntry.getLocaleString();
        return switch (logons.ausweis(idcard, client, localeString)) {
            case LogonResult.Angemeldet angemeldet ->
                ResponseEntity.status(HttpStatus.CREATED).body(loggedOn(angemeldet));
            case LogonResult.Gesperrt gesperrt -> tooManyRequests(gesperrt).build();
            default -> ResponseEntity.status(HttpStatus.UNAUTHORIZED).build();
        };
    }

    @Override
    public ResponseEntity<Void> logout() {
        return logout(token());
    }

    @Override
    public ResponseEntity<Void> logoutPathParam(String token) {
        return logout(required(token, "userid"));
    }

    @Override
    public ResponseEntity<Void> changePassword(@Nullable ChangePasswordEntry changePasswordEntry) {
        Sitzung sitzung = logons.sitzung(token()).orElseThrow(HvException::unauthorized);
        if (!LogonService.hatKennwort(sitzung)) {
            throw HvException.badRequest(HvHeaders.expectationFailed(ERWARTUNG_NICHT_ERFUELLT));
        }
        String password =
                required(changePasswordEntry == null ? null : changePasswordEntry.getPassword(), "passwordEntry");
        if (Kennwoerter.zuLang(password)) {
            throw HvException.badRequest(
                    HvHeaders.valueInvalid("password", "longer than " + Kennwoerter.LAENGSTES_IN_BYTES + " bytes"));
        }
        logons.kennwortAendern(sitzung, password);
        return ResponseEntity.status(HttpStatus.CREATED).build();
    }

    private ResponseEntity<Void> logout(String token) {
        return logons.abmelden(token)
                ? ResponseEntity.ok().build()
                : ResponseEntity.noContent().build();
    }

    /**
     * The session token of the request (the security schemes userid and hvtoken): the header {@code hvtoken}
     * wins over the query parameter {@code userid} when it is not blank.
     */
    private String token() {
        String hvtoken = request.getHeader("hvtoken");
        return LogonService.isBlank(hvtoken) ? required(request.getParameter("userid"), "userid") : hvtoken;
    }

    /** HvValidateBadRequest.notEmpty: blank counts as missing. */
    private static String required(@Nullable String value, String key) {
        if (LogonService.isBlank(value)) {
            throw HvException.valueMissing(key);
        }
        return value;
    }

    private static LoggedOnEntry loggedOn(LogonResult.Angemeldet angemeldet) {
        return new LoggedOnEntry(
                angemeldet.token(),
                angemeldet.mandant().cnr(),
                angemeldet.mandant().locale());
    }

    /** 429 with the seconds until the name may try again (rounded up: never too early). */
    private static ResponseEntity.BodyBuilder tooManyRequests(LogonResult.Gesperrt gesperrt) {
        Duration noch = gesperrt.nochGesperrt();
        long sekunden = Math.max(1, noch.toSeconds() + (noch.toNanosPart() > 0 ? 1 : 0));
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(sekunden));
    }
}
