package org.tvilling.lequinox.access;

import static org.jooq.Records.mapping;
import static org.tvilling.db.lequinox.Tables.PERSONAL_IDENTITY;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Personal identities, always within the calling application's company. */
@Repository
class PersonalIdentityRepository {

    private final DSLContext dsl;

    PersonalIdentityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Get external personal identity. */
    Optional<PersonalIdentity> find(String companyId, String id) {
        return dsl.select(
                        PERSONAL_IDENTITY.ID,
                        PERSONAL_IDENTITY.FIRST_NAME,
                        PERSONAL_IDENTITY.LAST_NAME,
                        PERSONAL_IDENTITY.EMAIL_ADDRESS,
                        PERSONAL_IDENTITY.MANAGED,
                        PERSONAL_IDENTITY.STATE)
                .from(PERSONAL_IDENTITY)
                .where(PERSONAL_IDENTITY.ID.eq(id), PERSONAL_IDENTITY.COMPANY_ID.eq(companyId))
                .fetchOptional(mapping((identityId, first, last, email, managed, state) ->
                        new PersonalIdentity(identityId, first, last, email, managed, State.valueOf(state))));
    }

    /**
     * Create external personal identity: the platform creates it platform-managed and activates it at once
     * (Manage external personal accounts), under a fresh global ID of the company.
     */
    @Transactional
    PersonalIdentity create(String companyId, NewPersonalIdentity identity, OffsetDateTime now) {
        String id = GlobalIds.insertUnderFreshId(
                companyId,
                candidate -> dsl.insertInto(PERSONAL_IDENTITY)
                                .set(PERSONAL_IDENTITY.ID, candidate)
                                .set(PERSONAL_IDENTITY.COMPANY_ID, companyId)
                                .set(PERSONAL_IDENTITY.FIRST_NAME, identity.firstName())
                                .set(PERSONAL_IDENTITY.LAST_NAME, identity.lastName())
                                .set(PERSONAL_IDENTITY.EMAIL_ADDRESS, identity.emailAddress())
                                .set(PERSONAL_IDENTITY.MANAGED, true)
                                .set(PERSONAL_IDENTITY.STATE, State.ACTIVE.name())
                                .set(PERSONAL_IDENTITY.CREATED_AT, now)
                                .onConflict(PERSONAL_IDENTITY.ID)
                                .doNothing()
                                .execute()
                        == 1);
        return find(companyId, id).orElseThrow();
    }
}
