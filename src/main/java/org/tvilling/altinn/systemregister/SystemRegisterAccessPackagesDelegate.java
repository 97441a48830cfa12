package org.tvilling.altinn.systemregister;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.tvilling.altinn.systemregister.generated.api.SystemRegisterAccessPackagesApiDelegate;
import org.tvilling.altinn.systemregister.generated.model.AccessPackage;
import org.tvilling.altinn.systemregister.generated.model.SystemRegisterUpdateResult;

/** Update accesspackages for a system: the list replaces the system's access packages. */
@Component
class SystemRegisterAccessPackagesDelegate implements SystemRegisterAccessPackagesApiDelegate {

    private final RegisteredSystemRepository systems;
    private final SystemValidator validator;
    private final Clock clock;

    SystemRegisterAccessPackagesDelegate(RegisteredSystemRepository systems, SystemValidator validator, Clock clock) {
        this.systems = systems;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public ResponseEntity<SystemRegisterUpdateResult> updateAccessPackagesOnRegisteredSystem(
            String systemId, List<AccessPackage> body) {
        RegisteredSystem system = systems.changeable(systemId);
        List<@Nullable String> urns = SystemRegisterDtos.accessPackages(body, "$");
        List<ValidationError> errors = validator.accessPackages(urns);
        if (!errors.isEmpty()) {
            throw SystemRegisterException.validation(errors);
        }
        systems.replaceAccessPackages(system.internalId(), urns, OffsetDateTime.now(clock));
        return ResponseEntity.ok(new SystemRegisterUpdateResult(true));
    }
}
