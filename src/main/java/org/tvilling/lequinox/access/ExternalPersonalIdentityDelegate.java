package org.tvilling.lequinox.access;

import static org.tvilling.lequinox.access.AccessDelegate.specified;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.tvilling.lequinox.access.generated.api.ExternalPersonalIdentityApiDelegate;
import org.tvilling.lequinox.access.generated.model.ExternalPersonalIdentity;

/** Create external personal identity and Get external personal identity, within the caller's company. */
@Component
class ExternalPersonalIdentityDelegate implements ExternalPersonalIdentityApiDelegate {

    /** The documented limits, beyond which the platform answers "Unknown error". */
    static final int NAME_LENGTH = 50;

    static final int EMAIL_LENGTH = 100;

    private final PersonalIdentityRepository identities;
    private final Clock clock;

    ExternalPersonalIdentityDelegate(PersonalIdentityRepository identities, Clock clock) {
        this.identities = identities;
        this.clock = clock;
    }

    /**
     * The order of Manage external personal accounts: names; managed given; no ID; no state; then managed must
     * be true; then what the platform cannot store ("Unknown error"): a name over 50 characters, an e-mail
     * address over 100, or none (the schema has it Required).
     */
    @Override
    public ResponseEntity<ExternalPersonalIdentity> createExternalPersonalIdentity(ExternalPersonalIdentity identity) {
        if (!specified(identity.getFirstName()) || !specified(identity.getLastName())) {
            throw new LequinoxException(LequinoxMessage.IDENTITY_NAMES_MISSING);
        }
        if (identity.getManaged() == null) {
            throw new LequinoxException(LequinoxMessage.IDENTITY_MANAGED_MISSING);
        }
        if (specified(identity.getId())) {
            throw new LequinoxException(LequinoxMessage.IDENTITY_ID_GIVEN);
        }
        if (identity.getState() != null) {
            throw new LequinoxException(LequinoxMessage.IDENTITY_STATE_GIVEN);
        }
        if (!identity.getManaged()) {
            throw new LequinoxException(LequinoxMessage.USER_MANAGED_IDENTITY);
        }
        if (longer(identity.getFirstName(), NAME_LENGTH)
                || longer(identity.getLastName(), NAME_LENGTH)
                || !specified(identity.getEmailAddress())
                || longer(identity.getEmailAddress(), EMAIL_LENGTH)) {
            throw new LequinoxException(LequinoxMessage.UNKNOWN_ERROR);
        }
        PersonalIdentity created = identities.create(
                CallingApplication.get().companyId(),
                new NewPersonalIdentity(identity.getFirstName(), identity.getLastName(), identity.getEmailAddress()),
                OffsetDateTime.now(clock));
        return ResponseEntity.ok(dto(created));
    }

    /**
     * The ID's format, then its company part against the caller's company; an ID of the company that names no
     * identity is the family's "unknown error" (the page documents no answer for it).
     */
    @Override
    public ResponseEntity<ExternalPersonalIdentity> getExternalPersonalIdentity(String personalIdentityId) {
        if (!GlobalIds.valid(personalIdentityId)) {
            throw new LequinoxException(LequinoxMessage.INVALID_ROLE_ID_FORMAT);
        }
        String companyId = CallingApplication.get().companyId();
        if (!GlobalIds.company(personalIdentityId).equals(companyId)) {
            throw new LequinoxException(LequinoxMessage.COMPANY_NOT_IN_IDENTITY_ID);
        }
        return ResponseEntity.ok(dto(identities
                .find(companyId, personalIdentityId)
                .orElseThrow(() -> new LequinoxException(LequinoxMessage.UNEXPECTED_UNKNOWN_ERROR))));
    }

    /** Longer than the limit in characters, as PostgreSQL counts them (code points, not UTF-16 units). */
    private static boolean longer(@Nullable String value, int limit) {
        return value != null && value.codePointCount(0, value.length()) > limit;
    }

    private static ExternalPersonalIdentity dto(PersonalIdentity identity) {
        return new ExternalPersonalIdentity()
                .id(identity.id())
                .firstName(identity.firstName())
                .lastName(identity.lastName())
                .emailAddress(identity.emailAddress())
                .managed(identity.managed())
                .state(org.tvilling.lequinox.access.generated.model.State.fromValue(
                        identity.state().name()));
    }
}
