package org.tvilling.star;

import java.util.List;

/** STAR's error structure ({@code FejlResponseDto}): every error found in the request, at once. */
public record StarFejlResponse(List<StarFejl> fejl) {}
