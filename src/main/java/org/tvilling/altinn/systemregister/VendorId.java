package org.tvilling.altinn.systemregister;

import org.jspecify.annotations.Nullable;

/**
 * An organisation identifier as ISO 6523 writes it for the Norwegian Central Coordinating Register:
 * "0192:&lt;orgno&gt;" (AUTH.VLD-00000: "The organization identifier must be 0192, f.ex 0192:991825827").
 * Like the real service, only the prefix is checked (no modulus 11, no length); unlike it, a missing
 * organisation number after the prefix is invalid too (the real service fails there with a 500).
 */
final class VendorId {

    static final String PREFIX = "0192";

    private VendorId() {}

    /** The organisation number of a valid identifier, or null. */
    static @Nullable String orgNumber(String vendorId) {
        String[] parts = vendorId.split(":", -1);
        if (parts.length < 2 || !PREFIX.equals(parts[0]) || parts[1].isEmpty()) {
            return null;
        }
        return parts[1];
    }

    static String of(String orgNumber) {
        return PREFIX + ":" + orgNumber;
    }
}
