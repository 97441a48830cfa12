package org.tvilling.heliumv.user;

import java.util.List;

/**
 * A customer contact of the partlist app, with the clients in which its partner is a customer and whether the
 * customer has partlists there.
 */
record Ansprechpartner(long id, String kennwortHash, List<Kundenmandant> kundenmandanten) {

    record Kundenmandant(Mandant mandant, boolean hatStuecklisten) {}

    /** The clients a logon of the app may choose from: those with partlists, by client number. */
    List<Mandant> mandantenMitStuecklisten() {
        return kundenmandanten.stream()
                .filter(Kundenmandant::hatStuecklisten)
                .map(Kundenmandant::mandant)
                .toList();
    }
}
