package org.tvilling.heliumv.user;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** How a logon ended. */
sealed interface LogonResult {

    /** Logged on: the token of the new session, and the client it is in. */
    record Angemeldet(UUID token, Mandant mandant) implements LogonResult {}

    /** Failed, for whatever reason (never said which: 401). */
    record Abgelehnt() implements LogonResult {}

    /** Too many failed logons for this name: refused, for this long still (429). */
    record Gesperrt(Duration nochGesperrt) implements LogonResult {}

    /** logonapp: the contact's customer has no partlists (in the client asked for) (404). */
    record KeineStuecklisten() implements LogonResult {}

    /** logonapp: partlists in several clients and none chosen (417, code 8, extended 2079). */
    record MandantNichtEindeutig(List<Mandant> moeglicheMandanten) implements LogonResult {}
}
