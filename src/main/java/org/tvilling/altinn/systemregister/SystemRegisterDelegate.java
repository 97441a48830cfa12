package org.tvilling.altinn.systemregister;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.tvilling.altinn.systemregister.generated.api.SystemRegisterApiDelegate;
import org.tvilling.altinn.systemregister.generated.model.RegisterSystemRequest;
import org.tvilling.altinn.systemregister.generated.model.RegisteredSystemDTO;
import org.tvilling.altinn.systemregister.generated.model.RegisteredSystemResponse;
import org.tvilling.altinn.systemregister.generated.model.SystemRegisterUpdateResult;

/** Opprett et nytt system i systemregister, and the vendor's other operations on its systems. */
@Component
class SystemRegisterDelegate implements SystemRegisterApiDelegate {

    private final RegisteredSystemRepository systems;
    private final SystemValidator validator;
    private final Clock clock;

    SystemRegisterDelegate(RegisteredSystemRepository systems, SystemValidator validator, Clock clock) {
        this.systems = systems;
        this.validator = validator;
        this.clock = clock;
    }

    /**
     * AUTH.VLD-00000 alone first; then whether the caller may act for the vendor (403, even when the request
     * has other errors); then every other error at once; then the write.
     */
    @Override
    public ResponseEntity<UUID> createRegisteredSystem(RegisterSystemRequest request) {
        String vendorOrgNumber = vendorOrgNumber(request.getVendor().getID());
        if (vendorOrgNumber == null) {
            throw SystemRegisterException.validation(ValidationCode.INVALID_ORG_IDENTIFIER);
        }
        SystemDefinition system = SystemRegisterDtos.definition(request, vendorOrgNumber);
        List<ValidationError> errors = validator.forCreate(system);
        Caller.current().requireActingFor(vendorOrgNumber);
        if (!errors.isEmpty()) {
            throw SystemRegisterException.validation(errors);
        }
        if (new HashSet<>(system.clientIds()).size() < system.clientIds().size()) {
            throw SystemRegisterException.clientIdTwiceInRequest(system.systemId());
        }
        return ResponseEntity.ok(systems.create(system, now()));
    }

    @Override
    public ResponseEntity<List<RegisteredSystemDTO>> getListOfRegisteredSystemsForVendor() {
        String vendorOrgNumber = Caller.current().orgNumber();
        if (vendorOrgNumber == null) {
            throw SystemRegisterException.forbidden();
        }
        return ResponseEntity.ok(systems.findByVendor(vendorOrgNumber).stream()
                .map(SystemRegisterDtos::listItem)
                .toList());
    }

    @Override
    public ResponseEntity<RegisteredSystemResponse> getRegisteredSystemInfo(String systemId) {
        return ResponseEntity.ok(SystemRegisterDtos.response(systems.owned(systemId)));
    }

    /**
     * The stored system's vendor decides the 403; a body naming another vendor is answered as an unknown
     * system (as the real service does, so that a caller cannot probe whose a system id is).
     */
    @Override
    public ResponseEntity<SystemRegisterUpdateResult> updateWholeRegisteredSystem(
            String systemId, RegisterSystemRequest request) {
        RegisteredSystem current = systems.owned(systemId);
        String vendorOrgNumber = vendorOrgNumber(request.getVendor().getID());
        if (vendorOrgNumber == null || !vendorOrgNumber.equals(current.vendorOrgNumber())) {
            throw SystemRegisterException.notFound(systemId);
        }
        SystemDefinition proposed = SystemRegisterDtos.definition(request, vendorOrgNumber);
        if (!proposed.systemId().equals(systemId)) {
            throw SystemRegisterException.validation(ValidationCode.SYSTEM_ID_MISMATCH);
        }
        if (current.deleted()) {
            throw SystemRegisterException.deleted();
        }
        List<ValidationError> errors = validator.forUpdate(current, proposed);
        if (!errors.isEmpty()) {
            throw SystemRegisterException.validation(errors);
        }
        systems.replace(current.internalId(), proposed, now());
        return ResponseEntity.ok(new SystemRegisterUpdateResult(true));
    }

    @Override
    public ResponseEntity<SystemRegisterUpdateResult> setDeleteOnRegisteredSystem(String systemId) {
        systems.markDeleted(systems.owned(systemId).internalId(), now());
        return ResponseEntity.ok(new SystemRegisterUpdateResult(true));
    }

    /** {@code vendor.ID}, trimmed as the real service trims it, when it is a valid 0192 identifier. */
    private static @Nullable String vendorOrgNumber(String vendorId) {
        return VendorId.orgNumber(vendorId.strip());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
