package org.tvilling.star;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** STAR's timestamps are written in Danish time, with the offset of that moment (design.md §5.1). */
public final class DanskTid {

    public static final ZoneId DANMARK = ZoneId.of("Europe/Copenhagen");

    private DanskTid() {}

    public static @Nullable OffsetDateTime af(@Nullable OffsetDateTime tidspunkt) {
        return tidspunkt == null ? null : af(tidspunkt.toInstant());
    }

    public static OffsetDateTime af(Instant tidspunkt) {
        return tidspunkt.atZone(DANMARK).toOffsetDateTime();
    }
}
