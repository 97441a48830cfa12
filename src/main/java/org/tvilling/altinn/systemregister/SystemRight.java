package org.tvilling.altinn.systemregister;

import java.util.List;

/** A right a system asks for: the resource it is for, as attribute pairs. */
record SystemRight(List<ResourceAttribute> resource) {

    SystemRight {
        resource = List.copyOf(resource);
    }
}
