package org.tvilling.conformance;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One run's settings (the command line).
 *
 * @param apis the APIs to check, all when empty
 * @param apiBases where an API is mounted when not at the base URL and its contract's base path
 * @param seed the seed of generated input
 * @param maxRequests how many generated (fuzzed) requests the run may send in all
 */
public record Options(
        URI baseUrl,
        List<String> apis,
        Map<String, URI> apiBases,
        @Nullable Path profile,
        Path report,
        long seed,
        int maxRequests) {}
