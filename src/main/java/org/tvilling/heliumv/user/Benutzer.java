package org.tvilling.heliumv.user;

import java.time.OffsetDateTime;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** An ERP user, with the clients they have rights in. */
record Benutzer(
        long id,
        String kennwortHash,
        boolean gesperrt,
        @Nullable OffsetDateTime gueltigBis,
        @Nullable String defaultMandant,
        Set<String> mandanten) {

    /** Locked, or past its expiry date (T_GUELTIGBIS): no logon. */
    boolean gesperrtOderAbgelaufen(OffsetDateTime jetzt) {
        return gesperrt || (gueltigBis != null && !jetzt.isBefore(gueltigBis));
    }
}
