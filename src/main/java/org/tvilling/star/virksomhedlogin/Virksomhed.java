package org.tvilling.star.virksomhedlogin;

import org.jspecify.annotations.Nullable;

/** A company known from the CVR registry, with its logins once it has logged in. */
record Virksomhed(String cvrNummer, @Nullable VirksomhedLogin login) {}
