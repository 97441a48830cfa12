package org.tvilling.lequinox.access;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.tvilling.lequinox.access.generated.api.AccessApiDelegate;
import org.tvilling.lequinox.access.generated.model.Access;
import org.tvilling.lequinox.access.generated.model.UserAgreementForActivation;

/**
 * Create access (the seed), Get access, Update access, Activate platform-managed access and Get user agreement
 * for activation, within the calling application's company. The documented checks are made here in the
 * documented order, each with its own message; a value that is empty or only blanks counts as not specified.
 */
@Component
class AccessDelegate implements AccessApiDelegate {

    private final AccessRepository accesses;
    private final Clock clock;

    AccessDelegate(AccessRepository accesses, Clock clock) {
        this.accesses = accesses;
        this.clock = clock;
    }

    /**
     * The order of Manage access: names; type, private ID and managed; no access ID; state; the corporate ID
     * against the type. A user-managed access (managed false) stays INVITED: only its user could activate it.
     */
    @Override
    public ResponseEntity<Access> createAccess(Access access) {
        if (!specified(access.getFirstName()) || !specified(access.getLastName())) {
            throw new LequinoxException(LequinoxMessage.NAMES_MISSING);
        }
        if (access.getType() == null || !specified(access.getPrivateId()) || access.getManaged() == null) {
            throw new LequinoxException(LequinoxMessage.TYPE_PRIVATE_ID_MANAGED_MISSING);
        }
        if (specified(access.getAccessId())) {
            throw new LequinoxException(LequinoxMessage.ACCESS_ID_GIVEN);
        }
        if (access.getState() != null
                && access.getState() != org.tvilling.lequinox.access.generated.model.State.INVITED) {
            throw new LequinoxException(LequinoxMessage.STATE_GIVEN);
        }
        AccessType type = AccessType.valueOf(access.getType().getValue());
        boolean corporate = type == AccessType.CORPORATE;
        if (!corporate && specified(access.getCorporateId())) {
            throw new LequinoxException(LequinoxMessage.CORPORATE_ID_WITH_PRIVATE);
        }
        if (corporate && !specified(access.getCorporateId())) {
            throw new LequinoxException(LequinoxMessage.CORPORATE_ID_MISSING);
        }
        boolean managed = access.getManaged();
        State state = access.getState() == org.tvilling.lequinox.access.generated.model.State.INVITED || !managed
                ? State.INVITED
                : State.ACTIVE;
        AccessDetails created = new AccessDetails(
                type,
                access.getPrivateId(),
                corporate ? access.getCorporateId() : null,
                corporate ? access.getCorporateName() : null,
                corporate ? access.getCorporateRoleName() : null,
                access.getFirstName(),
                access.getLastName(),
                managed,
                state);
        return ResponseEntity.ok(dto(accesses.create(CallingApplication.get(), created, OffsetDateTime.now(clock))));
    }

    @Override
    public ResponseEntity<Access> getAccess(String accessId) {
        requireAccessIdFormat(accessId);
        return ResponseEntity.ok(dto(accesses.find(CallingApplication.get().companyId(), accessId)
                .orElseThrow(() -> new LequinoxException(LequinoxMessage.ACCESS_NOT_FOUND, accessId))));
    }

    /**
     * Update access: the path's ID, the names, the state, the body's ID (present, well formed, the path's),
     * then the access itself. Type, private ID, corporate ID and managed cannot change: the body's are ignored.
     */
    @Override
    public ResponseEntity<Access> updateAccess(String accessId, Access access) {
        if (!GlobalIds.valid(accessId)) {
            throw new LequinoxException(LequinoxMessage.INVALID_ROLE_ID_FORMAT);
        }
        if (!specified(access.getFirstName()) || !specified(access.getLastName())) {
            throw new LequinoxException(LequinoxMessage.NAMES_MISSING);
        }
        if (access.getState() == null) {
            throw new LequinoxException(LequinoxMessage.STATE_MISSING);
        }
        if (!GlobalIds.valid(access.getAccessId())) {
            throw new LequinoxException(LequinoxMessage.INVALID_ROLE_ID_FORMAT);
        }
        if (!access.getAccessId().equals(accessId)) {
            throw new LequinoxException(LequinoxMessage.ACCESS_ID_MISMATCH);
        }
        AccessChanges changes = new AccessChanges(
                access.getFirstName(),
                access.getLastName(),
                access.getCorporateName(),
                access.getCorporateRoleName(),
                State.valueOf(access.getState().getValue()));
        return ResponseEntity.ok(dto(accesses.update(CallingApplication.get().companyId(), accessId, changes)));
    }

    @Override
    public ResponseEntity<Access> activatePlatformManagedAccess(String accessId) {
        requireAccessIdFormat(accessId);
        return ResponseEntity.ok(
                dto(accesses.activate(CallingApplication.get().companyId(), accessId, OffsetDateTime.now(clock))));
    }

    /** The agreement the access is activated under: its application's. */
    @Override
    public ResponseEntity<UserAgreementForActivation> getUserAgreementForActivation(String accessId) {
        requireAccessIdFormat(accessId);
        ActivationAgreement agreement = accesses.findActivationAgreement(
                        CallingApplication.get().companyId(), accessId)
                .orElseThrow(() -> new LequinoxException(LequinoxMessage.ACCESS_NOT_FOUND, accessId));
        if (agreement.state() != State.INVITED) {
            throw new LequinoxException(LequinoxMessage.NOT_INVITED_FOR_AGREEMENT);
        }
        if (!agreement.managed()) {
            throw new LequinoxException(LequinoxMessage.NOT_PLATFORM_MANAGED);
        }
        return ResponseEntity.ok(
                new UserAgreementForActivation().title(agreement.title()).content(agreement.content()));
    }

    private static void requireAccessIdFormat(String accessId) {
        if (!GlobalIds.valid(accessId)) {
            throw new LequinoxException(LequinoxMessage.ACCESS_ID_FORMAT, accessId);
        }
    }

    static boolean specified(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static Access dto(StoredAccess stored) {
        AccessDetails access = stored.details();
        return new Access()
                .accessId(stored.accessId())
                .type(Access.TypeEnum.fromValue(access.type().name()))
                .privateId(access.privateId())
                .corporateId(access.corporateId())
                .corporateName(access.corporateName())
                .corporateRoleName(access.corporateRoleName())
                .firstName(access.firstName())
                .lastName(access.lastName())
                .managed(access.managed())
                .state(org.tvilling.lequinox.access.generated.model.State.fromValue(
                        access.state().name()));
    }
}
