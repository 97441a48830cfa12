package org.tvilling.altinn.systemregister;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.tvilling.altinn.systemregister.generated.api.SystemRegisterRightsApiDelegate;
import org.tvilling.altinn.systemregister.generated.model.Right;
import org.tvilling.altinn.systemregister.generated.model.SystemRegisterUpdateResult;

/** Update rights for a system: the list replaces the system's rights. */
@Component
class SystemRegisterRightsDelegate implements SystemRegisterRightsApiDelegate {

    private final RegisteredSystemRepository systems;
    private final SystemValidator validator;
    private final Clock clock;

    SystemRegisterRightsDelegate(RegisteredSystemRepository systems, SystemValidator validator, Clock clock) {
        this.systems = systems;
        this.validator = validator;
        this.clock = clock;
    }

    @Override
    public ResponseEntity<SystemRegisterUpdateResult> updateRightsOnRegisteredSystem(
            String systemId, List<Right> body) {
        RegisteredSystem system = systems.changeable(systemId);
        List<SystemRight> rights = SystemRegisterDtos.rights(body, "$");
        List<ValidationError> errors = validator.rights(rights);
        if (!errors.isEmpty()) {
            throw SystemRegisterException.validation(errors);
        }
        systems.replaceRights(system.internalId(), rights, OffsetDateTime.now(clock));
        return ResponseEntity.ok(new SystemRegisterUpdateResult(true));
    }
}
