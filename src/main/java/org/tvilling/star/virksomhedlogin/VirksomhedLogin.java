package org.tvilling.star.virksomhedlogin;

import java.time.OffsetDateTime;

/** A company's first and latest login on Jobnet for Arbejdsgivere. */
record VirksomhedLogin(
        String cvrNummer, OffsetDateTime tidligsteLoginTidspunkt, OffsetDateTime senesteLoginTidspunkt) {}
