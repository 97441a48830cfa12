package org.tvilling.heliumv;

import java.util.List;

/**
 * How a HELIUM V resource names a request body and its required elements in {@code x-hv-error-key}: a
 * missing or unreadable body is reported under {@code name}; a missing required element under its own name
 * when it is one of {@code elements} (the first in their order when several are missing), otherwise under
 * {@code name}. Each API of the family declares its bodies as beans.
 */
public record HvRequestBody(Class<?> type, String name, List<String> elements) {}
