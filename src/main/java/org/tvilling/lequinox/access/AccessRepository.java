package org.tvilling.lequinox.access;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;
import static org.tvilling.db.lequinox.Tables.ACCESS;
import static org.tvilling.db.lequinox.Tables.APPLICATION;
import static org.tvilling.db.lequinox.Tables.PERSONAL_IDENTITY;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record1;
import org.jooq.SelectField;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tvilling.platform.database.PreparedSelect;

/**
 * Accesses, always within the calling application's company: another company's access is not found. Each
 * write is one transaction that locks the access it checks, so concurrent calls (two activations, say) are
 * decided one after the other.
 */
@Repository
class AccessRepository {

    private static final SelectField<StoredAccess> STORED_ACCESS = row(
                    ACCESS.ID,
                    row(
                                    ACCESS.TYPE.convertFrom(AccessType::valueOf),
                                    ACCESS.PRIVATE_ID,
                                    ACCESS.CORPORATE_ID,
                                    ACCESS.CORPORATE_NAME,
                                    ACCESS.CORPORATE_ROLE_NAME,
                                    ACCESS.FIRST_NAME,
                                    ACCESS.LAST_NAME,
                                    ACCESS.MANAGED,
                                    ACCESS.STATE.convertFrom(State::valueOf))
                            .mapping(AccessDetails::new))
            .mapping(StoredAccess::new);

    private final DSLContext dsl;

    /** Get access's statement, built and rendered once (rendering it cost more than the database's answer). */
    private final PreparedSelect<StoredAccess> stored;

    AccessRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.stored = new PreparedSelect<>(
                dsl,
                select(STORED_ACCESS)
                        .from(ACCESS)
                        .where(access(param("companyId", String.class), param("accessId", String.class))),
                Record1::value1);
    }

    /** Get access. */
    Optional<StoredAccess> find(String companyId, String accessId) {
        return stored.fetchOptional(dsl, Map.of("companyId", companyId, "accessId", accessId));
    }

    /**
     * Create access, after the request's own checks: the private ID must name an ACTIVE personal identity of
     * the company (the platform signs with it), or the documented "unknown error"; then the access is stored
     * under a fresh global ID.
     */
    @Transactional
    StoredAccess create(Application application, AccessDetails access, OffsetDateTime now) {
        requireActiveIdentity(application.companyId(), access.privateId());
        String id = GlobalIds.insertUnderFreshId(
                application.companyId(),
                candidate -> dsl.insertInto(ACCESS)
                                .set(ACCESS.ID, candidate)
                                .set(ACCESS.COMPANY_ID, application.companyId())
                                .set(ACCESS.APPLICATION_ID, application.id())
                                .set(ACCESS.TYPE, access.type().name())
                                .set(ACCESS.PRIVATE_ID, access.privateId())
                                .set(ACCESS.CORPORATE_ID, access.corporateId())
                                .set(ACCESS.CORPORATE_NAME, access.corporateName())
                                .set(ACCESS.CORPORATE_ROLE_NAME, access.corporateRoleName())
                                .set(ACCESS.FIRST_NAME, access.firstName())
                                .set(ACCESS.LAST_NAME, access.lastName())
                                .set(ACCESS.MANAGED, access.managed())
                                .set(ACCESS.STATE, access.state().name())
                                .set(ACCESS.CREATED_AT, now)
                                .set(ACCESS.ACTIVATED_AT, access.state() == State.ACTIVE ? now : null)
                                .onConflict(ACCESS.ID)
                                .doNothing()
                                .execute()
                        == 1);
        return find(application.companyId(), id).orElseThrow();
    }

    /**
     * Update access: an INVITED access changes state only by activation; ACTIVE and DEACTIVATED change into
     * each other (and back to INVITED, against which the page lists no message). Becoming ACTIVE again needs
     * an ACTIVE personal identity, as creating and activating do (the access signs with it). The corporate
     * names belong to CORPORATE accesses only.
     */
    @Transactional
    StoredAccess update(String companyId, String accessId, AccessChanges changes) {
        StoredAccess current = lock(companyId, accessId);
        State from = current.details().state();
        if (from == State.INVITED && changes.state() != State.INVITED) {
            throw new LequinoxException(LequinoxMessage.INVITED_STATE_CHANGE, changes.state());
        }
        if (from != State.ACTIVE && changes.state() == State.ACTIVE) {
            requireActiveIdentity(companyId, current.details().privateId());
        }
        boolean corporate = current.details().type() == AccessType.CORPORATE;
        dsl.update(ACCESS)
                .set(ACCESS.FIRST_NAME, changes.firstName())
                .set(ACCESS.LAST_NAME, changes.lastName())
                .set(ACCESS.CORPORATE_NAME, corporate ? changes.corporateName() : null)
                .set(ACCESS.CORPORATE_ROLE_NAME, corporate ? changes.corporateRoleName() : null)
                .set(ACCESS.STATE, changes.state().name())
                .where(access(companyId, accessId))
                .execute();
        return find(companyId, accessId).orElseThrow();
    }

    /**
     * Activate platform-managed access: the platform signs the application's user agreement for the user, with
     * the user's personal identity, and the access becomes ACTIVE.
     */
    @Transactional
    StoredAccess activate(String companyId, String accessId, OffsetDateTime now) {
        StoredAccess current = lock(companyId, accessId);
        if (current.details().state() != State.INVITED) {
            throw new LequinoxException(LequinoxMessage.NOT_INVITED_FOR_ACTIVATION);
        }
        if (!current.details().managed()) {
            throw new LequinoxException(LequinoxMessage.NOT_PLATFORM_MANAGED);
        }
        requireActiveIdentity(companyId, current.details().privateId());
        dsl.update(ACCESS)
                .set(ACCESS.STATE, State.ACTIVE.name())
                .set(ACCESS.ACTIVATED_AT, now)
                .where(access(companyId, accessId))
                .execute();
        return find(companyId, accessId).orElseThrow();
    }

    /** Get user agreement for activation: the access's state and management, and its application's agreement. */
    Optional<ActivationAgreement> findActivationAgreement(String companyId, String accessId) {
        return dsl.select(ACCESS.STATE, ACCESS.MANAGED, APPLICATION.AGREEMENT_TITLE, APPLICATION.AGREEMENT_CONTENT)
                .from(ACCESS)
                .join(APPLICATION)
                .on(APPLICATION.ID.eq(ACCESS.APPLICATION_ID))
                .where(access(companyId, accessId))
                .fetchOptional(mapping((state, managed, title, content) ->
                        new ActivationAgreement(State.valueOf(state), managed, title, content)));
    }

    /** Another company's access is not found, as if it did not exist. */
    private static Condition access(String companyId, String accessId) {
        return access(val(companyId), val(accessId));
    }

    private static Condition access(Field<String> companyId, Field<String> accessId) {
        return ACCESS.ID.eq(accessId).and(ACCESS.COMPANY_ID.eq(companyId));
    }

    private StoredAccess lock(String companyId, String accessId) {
        return dsl.select(STORED_ACCESS)
                .from(ACCESS)
                .where(access(companyId, accessId))
                .forUpdate()
                .fetchOptional(Record1::value1)
                .orElseThrow(() -> new LequinoxException(LequinoxMessage.ACCESS_NOT_FOUND, accessId));
    }

    /**
     * The documented quirk: a private ID that names no personal identity of the company, or one that cannot
     * sign (not ACTIVE), on create, activation or an update back to ACTIVE, is "An unexpected error occurred: An
     * unknown error has occurred" (500). Locked, so that it stays so until the access is written.
     */
    private void requireActiveIdentity(String companyId, String privateId) {
        boolean active = dsl.selectOne()
                .from(PERSONAL_IDENTITY)
                .where(
                        PERSONAL_IDENTITY.ID.eq(privateId),
                        PERSONAL_IDENTITY.COMPANY_ID.eq(companyId),
                        PERSONAL_IDENTITY.STATE.eq(State.ACTIVE.name()))
                .forShare()
                .fetchOptional()
                .isPresent();
        if (!active) {
            throw new LequinoxException(LequinoxMessage.UNEXPECTED_UNKNOWN_ERROR);
        }
    }
}
