package org.tvilling.heliumv.user;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tvilling.heliumv.user.AnmeldesperreRepository.Bereich;

/**
 * The three logons of the UserApi and what a token is good for afterwards. Each logon is one transaction: the
 * throttling row of the name is locked first, the failure (or the new session) is written before it ends.
 */
@Service
class LogonService {

    private final MandantRepository mandanten;
    private final BenutzerRepository benutzer;
    private final AnsprechpartnerRepository ansprechpartner;
    private final PersonalRepository personal;
    private final SitzungRepository sitzungen;
    private final AnmeldesperreRepository sperren;
    private final Kennwoerter kennwoerter;
    private final Clock clock;
    private final Duration leerlauf;

    LogonService(
            MandantRepository mandanten,
            BenutzerRepository benutzer,
            AnsprechpartnerRepository ansprechpartner,
            PersonalRepository personal,
            SitzungRepository sitzungen,
            AnmeldesperreRepository sperren,
            Kennwoerter kennwoerter,
            Clock clock,
            HeliumvUserProperties properties) {
        this.mandanten = mandanten;
        this.benutzer = benutzer;
        this.ansprechpartner = ansprechpartner;
        this.personal = personal;
        this.sitzungen = sitzungen;
        this.sperren = sperren;
        this.kennwoerter = kennwoerter;
        this.clock = clock;
        this.leerlauf = properties.sessionIdleTimeout();
    }

    /**
     * logon: an ERP user by user name and password, in the client asked for, else their default client, else
     * the main client, where they must have rights; locked or expired users fail like wrong passwords.
     */
    @Transactional
    LogonResult benutzer(String username, String password, @Nullable String client, @Nullable String localeString) {
        OffsetDateTime jetzt = OffsetDateTime.now(clock);
        String kennung = username.trim();
        String name = kennung.toLowerCase(Locale.ROOT);
        Optional<Duration> gesperrt = sperren.versuchen(Bereich.BENUTZER, name, jetzt);
        if (gesperrt.isPresent()) {
            return new LogonResult.Gesperrt(gesperrt.get());
        }
        Optional<Benutzer> gefunden = benutzer.findByKennung(kennung);
        boolean passt =
                kennwoerter.passt(password, gefunden.map(Benutzer::kennwortHash).orElse(null));
        if (passt && !gefunden.get().gesperrtOderAbgelaufen(jetzt)) {
            Benutzer b = gefunden.get();
            Optional<Mandant> mandant = (isBlank(client)
                            ? Optional.ofNullable(b.defaultMandant())
                                    .flatMap(mandanten::find)
                                    .or(mandanten::hauptmandant)
                            : mandanten.find(client.trim()))
                    .filter(m -> b.mandanten().contains(m.cnr()));
            Optional<String> locale = mandant.flatMap(m -> sprache(m, localeString));
            if (locale.isPresent()) {
                sperren.erfolgreich(Bereich.BENUTZER, name);
                return anmelden(Sitzung.Art.BENUTZER, b.id(), mandant.get(), locale.get(), jetzt);
            }
        }
        sperren.fehlgeschlagen(Bereich.BENUTZER, name, jetzt);
        return new LogonResult.Abgelehnt();
    }

    /**
     * logonapp: a customer contact by e-mail address and password, in the client where its customer has
     * partlists, or the one of them named by {@code tenantCnr}. A contact whose partner is no customer at all
     * fails like a wrong password.
     */
    @Transactional
    LogonResult ansprechpartner(
            String username, String password, @Nullable String tenantCnr, @Nullable String localeString) {
        OffsetDateTime jetzt = OffsetDateTime.now(clock);
        String email = username.trim().toLowerCase(Locale.ROOT);
        Optional<Duration> gesperrt = sperren.versuchen(Bereich.ANSPRECHPARTNER, email, jetzt);
        if (gesperrt.isPresent()) {
            return new LogonResult.Gesperrt(gesperrt.get());
        }
        Optional<Ansprechpartner> gefunden = ansprechpartner.findByEmail(email);
        boolean passt = kennwoerter.passt(
                password, gefunden.map(Ansprechpartner::kennwortHash).orElse(null));
        if (!passt || gefunden.get().kundenmandanten().isEmpty()) {
            sperren.fehlgeschlagen(Bereich.ANSPRECHPARTNER, email, jetzt);
            return new LogonResult.Abgelehnt();
        }
        Ansprechpartner kontakt = gefunden.get();
        List<Mandant> moegliche = kontakt.mandantenMitStuecklisten();
        Optional<Mandant> mandant;
        if (!isBlank(tenantCnr)) {
            mandant = moegliche.stream()
                    .filter(m -> m.cnr().equals(tenantCnr.trim()))
                    .findFirst();
        } else if (moegliche.size() > 1) {
            return new LogonResult.MandantNichtEindeutig(moegliche);
        } else {
            mandant = moegliche.stream().findFirst();
        }
        if (mandant.isEmpty()) {
            return new LogonResult.KeineStuecklisten();
        }
        Optional<String> locale = sprache(mandant.get(), localeString);
        if (locale.isEmpty()) {
            sperren.fehlgeschlagen(Bereich.ANSPRECHPARTNER, email, jetzt);
            return new LogonResult.Abgelehnt();
        }
        sperren.erfolgreich(Bereich.ANSPRECHPARTNER, email);
        return anmelden(Sitzung.Art.ANSPRECHPARTNER, kontakt.id(), mandant.get(), locale.get(), jetzt);
    }

    /**
     * logonidcard: the staff member with this ID card in exactly the client given (without a client the
     * logon fails, as in HELIUM V); the session acts as that staff member. Failures count twice: for the card
     * and for the client (as given). The card number is the only secret, so guessing cards is only ever
     * counted by the client; a success clears the card's failures but never the client's, or one valid card
     * would reset the count between guesses. The client's row is locked before the card's (always in this
     * order, so that concurrent attempts cannot deadlock).
     */
    @Transactional
    LogonResult ausweis(String idcard, @Nullable String client, @Nullable String localeString) {
        OffsetDateTime jetzt = OffsetDateTime.now(clock);
        String ausweis = idcard.trim();
        String mandantName = isBlank(client) ? "" : client.trim();
        Optional<Duration> mandantGesperrt = sperren.versuchen(Bereich.AUSWEIS_MANDANT, mandantName, jetzt);
        Optional<Duration> ausweisGesperrt = sperren.versuchen(Bereich.AUSWEIS, ausweis, jetzt);
        Optional<Duration> gesperrt = Stream.of(mandantGesperrt, ausweisGesperrt)
                .flatMap(Optional::stream)
                .max(Comparator.naturalOrder());
        if (gesperrt.isPresent()) {
            return new LogonResult.Gesperrt(gesperrt.get());
        }
        Optional<Mandant> mandant = mandantName.isEmpty() ? Optional.empty() : mandanten.find(mandantName);
        Optional<String> locale = mandant.flatMap(m -> sprache(m, localeString));
        Optional<Long> personalId = locale.isEmpty()
                ? Optional.empty()
                : personal.findIdByAusweis(mandant.get().cnr(), ausweis);
        if (personalId.isEmpty()) {
            sperren.fehlgeschlagen(Bereich.AUSWEIS_MANDANT, mandantName, jetzt);
            sperren.fehlgeschlagen(Bereich.AUSWEIS, ausweis, jetzt);
            return new LogonResult.Abgelehnt();
        }
        sperren.erfolgreich(Bereich.AUSWEIS, ausweis);
        return anmelden(Sitzung.Art.PERSONAL, personalId.get(), mandant.get(), locale.get(), jetzt);
    }

    /** logout: true when the token's session was live and has now ended. */
    boolean abmelden(String token) {
        return uuid(token)
                .map(uuid -> sitzungen.beenden(uuid, OffsetDateTime.now(clock), leerlauf))
                .orElse(false);
    }

    /** The live session of a token (restarting its idle time), empty for an unknown or ended one. */
    Optional<Sitzung> sitzung(String token) {
        return uuid(token).flatMap(uuid -> sitzungen.benutzen(uuid, OffsetDateTime.now(clock), leerlauf));
    }

    /** Whether the session has a password of its own: users and contacts do, ID-card sessions do not. */
    static boolean hatKennwort(Sitzung sitzung) {
        return sitzung.art() != Sitzung.Art.PERSONAL;
    }

    /**
     * password: the new password of whoever the session belongs to. Every other session of that user or
     * contact ends with it (whoever knew the old password may have logged on with it); the caller's stays.
     */
    @Transactional
    void kennwortAendern(Sitzung sitzung, String kennwort) {
        String hash = kennwoerter.hash(kennwort);
        switch (sitzung.art()) {
            case BENUTZER -> benutzer.kennwortAendern(sitzung.benutzerId(), hash);
            case ANSPRECHPARTNER -> ansprechpartner.kennwortAendern(sitzung.ansprechpartnerId(), hash);
            case PERSONAL -> throw new IllegalStateException("an ID-card session has no password");
        }
        sitzungen.andereBeenden(sitzung);
    }

    private LogonResult anmelden(Sitzung.Art art, long id, Mandant mandant, String locale, OffsetDateTime jetzt) {
        sitzungen.aufraeumen(jetzt, leerlauf);
        return new LogonResult.Angemeldet(sitzungen.eroeffnen(art, id, mandant.cnr(), locale, jetzt), mandant);
    }

    /**
     * The language of the session: the client's when none is asked for; otherwise exactly 4 characters,
     * language and country ("deAT"), active on the system, and the client's own unless the client is
     * multilingual. Empty when the logon must fail.
     */
    private Optional<String> sprache(Mandant mandant, @Nullable String localeString) {
        if (isBlank(localeString)) {
            return Optional.of(mandant.locale());
        }
        String angefragt = localeString.trim();
        if (angefragt.length() != 4) {
            return Optional.empty();
        }
        String locale = angefragt.substring(0, 2).toLowerCase(Locale.ROOT)
                + angefragt.substring(2).toUpperCase(Locale.ROOT);
        if (!mandant.mehrsprachig() && !locale.equals(mandant.locale())) {
            return Optional.empty();
        }
        return mandanten.istAktiv(locale) ? Optional.of(locale) : Optional.empty();
    }

    private static Optional<UUID> uuid(String token) {
        try {
            return Optional.of(UUID.fromString(token.trim()));
        } catch (IllegalArgumentException notAToken) {
            return Optional.empty();
        }
    }

    static boolean isBlank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
