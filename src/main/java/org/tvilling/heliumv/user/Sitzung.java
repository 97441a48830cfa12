package org.tvilling.heliumv.user;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A live session: whose it is (exactly one of the ids, by its kind). */
record Sitzung(
        UUID token,
        Art art,
        @Nullable Long benutzerId,
        @Nullable Long ansprechpartnerId,
        @Nullable Long personalId) {

    /** Who logged on: an ERP user (logon), a customer contact (logonapp), a staff member (logonidcard). */
    enum Art {
        BENUTZER,
        ANSPRECHPARTNER,
        PERSONAL
    }
}
