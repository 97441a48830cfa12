package org.tvilling.altinn.systemregister;

import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.tvilling.db.altinn.Tables.MASKINPORTEN_CLIENT;
import static org.tvilling.db.altinn.Tables.ORGANISATION;
import static org.tvilling.db.altinn.Tables.REGISTERED_SYSTEM;
import static org.tvilling.db.altinn.Tables.SYSTEM_ACCESS_PACKAGE;
import static org.tvilling.db.altinn.Tables.SYSTEM_REDIRECT_URL;
import static org.tvilling.db.altinn.Tables.SYSTEM_RIGHT;
import static org.tvilling.db.altinn.Tables.SYSTEM_RIGHT_RESOURCE;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Record1;
import org.jooq.Record12;
import org.jooq.Row2;
import org.jooq.Row3;
import org.jooq.Row5;
import org.jooq.SelectConditionStep;
import org.jooq.Table;
import org.jooq.TableField;
import org.jspecify.annotations.Nullable;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.tvilling.db.altinn.Keys;
import org.tvilling.platform.database.PreparedSelect;
import org.tvilling.platform.web.Causes;

/**
 * The registered systems. A system is read whole in one statement (its lists as multisets) and written in
 * one transaction. The database decides uniqueness between concurrent requests: the unique system id and
 * the client id's primary key; their violations answer AUTH.VLD-00002 and AUTH.VLD-00004, as the checks
 * before the write would have. Every write to an existing system first updates its row, which locks it, so
 * concurrent changes of one system follow each other.
 */
@Repository
class RegisteredSystemRepository {

    private static final String UNIQUE_VIOLATION = "23505";

    private final DSLContext dsl;

    /** GetRegisteredSystemInfo's statement, built and rendered once: rendering it took a third of its CPU time. */
    private final PreparedSelect<RegisteredSystem> system;

    RegisteredSystemRepository(DSLContext dsl) {
        this.dsl = dsl;
        this.system = new PreparedSelect<>(
                dsl,
                systems(REGISTERED_SYSTEM.SYSTEM_ID.eq(param("systemId", String.class))),
                mapping(RegisteredSystem::new));
    }

    /** The system, if it exists (404) and the caller may act for its vendor (403), deleted or not. */
    RegisteredSystem owned(String systemId) {
        RegisteredSystem system = find(systemId).orElseThrow(() -> SystemRegisterException.notFound(systemId));
        Caller.current().requireActingFor(system.vendorOrgNumber());
        return system;
    }

    /** A system the caller may change: {@link #owned}, and not marked as deleted (400). */
    RegisteredSystem changeable(String systemId) {
        RegisteredSystem system = owned(systemId);
        if (system.deleted()) {
            throw SystemRegisterException.deleted();
        }
        return system;
    }

    /** GetRegisteredSystemInfo: the system with this id, deleted or not. */
    Optional<RegisteredSystem> find(String systemId) {
        return system.fetchOptional(dsl, Map.of("systemId", systemId));
    }

    /** GetListOfRegisteredSystemsForVendor: the vendor's systems that are not deleted, by system id. */
    List<RegisteredSystem> findByVendor(String vendorOrgNumber) {
        return systems(REGISTERED_SYSTEM
                        .VENDOR_ORG_NUMBER
                        .eq(vendorOrgNumber)
                        .and(REGISTERED_SYSTEM.IS_DELETED.isFalse()))
                .orderBy(REGISTERED_SYSTEM.SYSTEM_ID)
                .fetch(mapping(RegisteredSystem::new));
    }

    /** AUTH.VLD-00002: deleted systems keep their id. */
    boolean exists(String systemId) {
        return dsl.fetchExists(REGISTERED_SYSTEM, REGISTERED_SYSTEM.SYSTEM_ID.eq(systemId));
    }

    /** AUTH.VLD-00004: those of the client ids that belong to a system other than {@code except}. */
    Set<String> clientIdsInUse(Collection<String> clientIds, @Nullable UUID except) {
        if (clientIds.isEmpty()) {
            return Set.of();
        }
        Condition others = except == null ? noCondition() : MASKINPORTEN_CLIENT.SYSTEM_INTERNAL_ID.ne(except);
        return dsl.select(MASKINPORTEN_CLIENT.CLIENT_ID)
                .from(MASKINPORTEN_CLIENT)
                .where(MASKINPORTEN_CLIENT.CLIENT_ID.in(clientIds).and(others))
                .fetchSet(Record1::value1);
    }

    /** CreateRegisteredSystem: every row of the system in one transaction; its new internal id. */
    @Transactional
    UUID create(SystemDefinition system, OffsetDateTime now) {
        return unique(() -> {
            UUID internalId = dsl.insertInto(REGISTERED_SYSTEM)
                    .set(described(system, now))
                    .set(REGISTERED_SYSTEM.SYSTEM_ID, system.systemId())
                    .set(REGISTERED_SYSTEM.VENDOR_ORG_NUMBER, system.vendorOrgNumber())
                    .set(REGISTERED_SYSTEM.CREATED, now)
                    .returningResult(REGISTERED_SYSTEM.INTERNAL_ID)
                    .fetchSingle(Record1::value1);
            insertRights(internalId, system.rights());
            insertAccessPackages(internalId, system.accessPackages());
            insertClientIds(internalId, system.clientIds());
            insertRedirectUrls(internalId, system.redirectUrls());
            return internalId;
        });
    }

    /** UpdateWholeRegisteredSystem: the system's texts, visibility and every list replaced. */
    @Transactional
    void replace(UUID internalId, SystemDefinition system, OffsetDateTime now) {
        unique(() -> {
            dsl.update(REGISTERED_SYSTEM)
                    .set(described(system, now))
                    .where(REGISTERED_SYSTEM.INTERNAL_ID.eq(internalId))
                    .execute();
            deleteAll(SYSTEM_RIGHT.SYSTEM_INTERNAL_ID, internalId);
            deleteAll(SYSTEM_ACCESS_PACKAGE.SYSTEM_INTERNAL_ID, internalId);
            deleteAll(MASKINPORTEN_CLIENT.SYSTEM_INTERNAL_ID, internalId);
            deleteAll(SYSTEM_REDIRECT_URL.SYSTEM_INTERNAL_ID, internalId);
            insertRights(internalId, system.rights());
            insertAccessPackages(internalId, system.accessPackages());
            insertClientIds(internalId, system.clientIds());
            insertRedirectUrls(internalId, system.redirectUrls());
            return null;
        });
    }

    /** UpdateRightsOnRegisteredSystem. */
    @Transactional
    void replaceRights(UUID internalId, List<SystemRight> rights, OffsetDateTime now) {
        touch(internalId, now);
        deleteAll(SYSTEM_RIGHT.SYSTEM_INTERNAL_ID, internalId);
        insertRights(internalId, rights);
    }

    /** UpdateAccessPackagesOnRegisteredSystem. */
    @Transactional
    void replaceAccessPackages(UUID internalId, List<@Nullable String> urns, OffsetDateTime now) {
        touch(internalId, now);
        deleteAll(SYSTEM_ACCESS_PACKAGE.SYSTEM_INTERNAL_ID, internalId);
        insertAccessPackages(internalId, urns);
    }

    /** SetDeleteOnRegisteredSystem: a soft delete that frees the system's client ids. */
    @Transactional
    void markDeleted(UUID internalId, OffsetDateTime now) {
        dsl.update(REGISTERED_SYSTEM)
                .set(REGISTERED_SYSTEM.IS_DELETED, true)
                .set(REGISTERED_SYSTEM.LAST_CHANGED, now)
                .where(REGISTERED_SYSTEM.INTERNAL_ID.eq(internalId))
                .execute();
        deleteAll(MASKINPORTEN_CLIENT.SYSTEM_INTERNAL_ID, internalId);
    }

    private void touch(UUID internalId, OffsetDateTime now) {
        dsl.update(REGISTERED_SYSTEM)
                .set(REGISTERED_SYSTEM.LAST_CHANGED, now)
                .where(REGISTERED_SYSTEM.INTERNAL_ID.eq(internalId))
                .execute();
    }

    /** The members CreateRegisteredSystem and UpdateWholeRegisteredSystem both write. */
    private Record described(SystemDefinition system, OffsetDateTime now) {
        return dsl.newRecord(REGISTERED_SYSTEM)
                .with(REGISTERED_SYSTEM.NAME_NB, system.name().nb())
                .with(REGISTERED_SYSTEM.NAME_EN, system.name().en())
                .with(REGISTERED_SYSTEM.NAME_NN, system.name().nn())
                .with(REGISTERED_SYSTEM.DESCRIPTION_NB, system.description().nb())
                .with(REGISTERED_SYSTEM.DESCRIPTION_EN, system.description().en())
                .with(REGISTERED_SYSTEM.DESCRIPTION_NN, system.description().nn())
                .with(REGISTERED_SYSTEM.IS_VISIBLE, system.visible())
                .with(REGISTERED_SYSTEM.LAST_CHANGED, now);
    }

    private <R extends Record> void deleteAll(TableField<R, UUID> system, UUID internalId) {
        dsl.deleteFrom(system.getTable()).where(system.eq(internalId)).execute();
    }

    private SelectConditionStep<
                    Record12<
                            UUID,
                            String,
                            String,
                            String,
                            Texts,
                            Texts,
                            List<SystemRight>,
                            List<String>,
                            List<String>,
                            List<String>,
                            Boolean,
                            Boolean>>
            systems(Condition condition) {
        return dsl.select(
                        REGISTERED_SYSTEM.INTERNAL_ID,
                        REGISTERED_SYSTEM.SYSTEM_ID,
                        REGISTERED_SYSTEM.VENDOR_ORG_NUMBER,
                        ORGANISATION.NAME,
                        row(REGISTERED_SYSTEM.NAME_NB, REGISTERED_SYSTEM.NAME_EN, REGISTERED_SYSTEM.NAME_NN)
                                .mapping(Texts::new),
                        row(
                                        REGISTERED_SYSTEM.DESCRIPTION_NB,
                                        REGISTERED_SYSTEM.DESCRIPTION_EN,
                                        REGISTERED_SYSTEM.DESCRIPTION_NN)
                                .mapping(Texts::new),
                        rights(),
                        strings(
                                SYSTEM_ACCESS_PACKAGE,
                                SYSTEM_ACCESS_PACKAGE.URN,
                                SYSTEM_ACCESS_PACKAGE.SYSTEM_INTERNAL_ID,
                                SYSTEM_ACCESS_PACKAGE.POSITION),
                        strings(
                                MASKINPORTEN_CLIENT,
                                MASKINPORTEN_CLIENT.CLIENT_ID,
                                MASKINPORTEN_CLIENT.SYSTEM_INTERNAL_ID,
                                MASKINPORTEN_CLIENT.POSITION),
                        strings(
                                SYSTEM_REDIRECT_URL,
                                SYSTEM_REDIRECT_URL.URL,
                                SYSTEM_REDIRECT_URL.SYSTEM_INTERNAL_ID,
                                SYSTEM_REDIRECT_URL.POSITION),
                        REGISTERED_SYSTEM.IS_VISIBLE,
                        REGISTERED_SYSTEM.IS_DELETED)
                .from(REGISTERED_SYSTEM)
                .leftJoin(ORGANISATION)
                .on(ORGANISATION.ORG_NUMBER.eq(REGISTERED_SYSTEM.VENDOR_ORG_NUMBER))
                .where(condition);
    }

    private static Field<List<SystemRight>> rights() {
        return multiset(select(multiset(select(
                                                SYSTEM_RIGHT_RESOURCE.ATTRIBUTE_ID,
                                                SYSTEM_RIGHT_RESOURCE.ATTRIBUTE_VALUE)
                                        .from(SYSTEM_RIGHT_RESOURCE)
                                        .where(SYSTEM_RIGHT_RESOURCE
                                                .SYSTEM_INTERNAL_ID
                                                .eq(SYSTEM_RIGHT.SYSTEM_INTERNAL_ID)
                                                .and(SYSTEM_RIGHT_RESOURCE.RIGHT_POSITION.eq(SYSTEM_RIGHT.POSITION)))
                                        .orderBy(SYSTEM_RIGHT_RESOURCE.POSITION))
                                .convertFrom(resources -> resources.map(mapping(ResourceAttribute::new))))
                        .from(SYSTEM_RIGHT)
                        .where(SYSTEM_RIGHT.SYSTEM_INTERNAL_ID.eq(REGISTERED_SYSTEM.INTERNAL_ID))
                        .orderBy(SYSTEM_RIGHT.POSITION))
                .convertFrom(rights -> rights.map(mapping(SystemRight::new)));
    }

    /** One of the system's lists of strings, in its order. */
    private static Field<List<String>> strings(
            Table<?> table, Field<String> value, Field<UUID> system, Field<Integer> position) {
        return multiset(select(value)
                        .from(table)
                        .where(system.eq(REGISTERED_SYSTEM.INTERNAL_ID))
                        .orderBy(position))
                .convertFrom(values -> values.map(Record1::value1));
    }

    private void insertRights(UUID internalId, List<SystemRight> rights) {
        if (rights.isEmpty()) {
            return;
        }
        List<Row2<UUID, Integer>> rightRows = new ArrayList<>();
        List<Row5<UUID, Integer, Integer, String, String>> resourceRows = new ArrayList<>();
        for (int right = 0; right < rights.size(); right++) {
            rightRows.add(row(internalId, right));
            List<ResourceAttribute> resource = rights.get(right).resource();
            for (int position = 0; position < resource.size(); position++) {
                ResourceAttribute attribute = resource.get(position);
                resourceRows.add(row(internalId, right, position, attribute.id(), attribute.value()));
            }
        }
        dsl.insertInto(SYSTEM_RIGHT, SYSTEM_RIGHT.SYSTEM_INTERNAL_ID, SYSTEM_RIGHT.POSITION)
                .valuesOfRows(rightRows)
                .execute();
        if (!resourceRows.isEmpty()) {
            dsl.insertInto(
                            SYSTEM_RIGHT_RESOURCE,
                            SYSTEM_RIGHT_RESOURCE.SYSTEM_INTERNAL_ID,
                            SYSTEM_RIGHT_RESOURCE.RIGHT_POSITION,
                            SYSTEM_RIGHT_RESOURCE.POSITION,
                            SYSTEM_RIGHT_RESOURCE.ATTRIBUTE_ID,
                            SYSTEM_RIGHT_RESOURCE.ATTRIBUTE_VALUE)
                    .valuesOfRows(resourceRows)
                    .execute();
        }
    }

    private void insertAccessPackages(UUID internalId, List<@Nullable String> urns) {
        insertStrings(
                SYSTEM_ACCESS_PACKAGE,
                SYSTEM_ACCESS_PACKAGE.SYSTEM_INTERNAL_ID,
                SYSTEM_ACCESS_PACKAGE.POSITION,
                SYSTEM_ACCESS_PACKAGE.URN,
                internalId,
                urns);
    }

    private void insertClientIds(UUID internalId, List<String> clientIds) {
        insertStrings(
                MASKINPORTEN_CLIENT,
                MASKINPORTEN_CLIENT.SYSTEM_INTERNAL_ID,
                MASKINPORTEN_CLIENT.POSITION,
                MASKINPORTEN_CLIENT.CLIENT_ID,
                internalId,
                clientIds);
    }

    private void insertRedirectUrls(UUID internalId, List<String> urls) {
        List<String> stored = new ArrayList<>();
        for (String url : urls) {
            String normalised = RedirectUrl.normalised(url);
            stored.add(normalised == null ? url : normalised);
        }
        insertStrings(
                SYSTEM_REDIRECT_URL,
                SYSTEM_REDIRECT_URL.SYSTEM_INTERNAL_ID,
                SYSTEM_REDIRECT_URL.POSITION,
                SYSTEM_REDIRECT_URL.URL,
                internalId,
                stored);
    }

    /** One of the system's lists of strings, in its order: what {@link #strings} reads back. */
    private <R extends Record> void insertStrings(
            Table<R> table,
            Field<UUID> system,
            Field<Integer> position,
            Field<String> value,
            UUID internalId,
            List<? extends @Nullable String> values) {
        List<Row3<UUID, Integer, String>> rows = new ArrayList<>();
        for (int index = 0; index < values.size(); index++) {
            rows.add(row(internalId, index, values.get(index)));
        }
        if (!rows.isEmpty()) {
            dsl.insertInto(table, system, position, value).valuesOfRows(rows).execute();
        }
    }

    /**
     * Runs a write whose uniqueness the database decides: a violation of the system id's unique constraint
     * is AUTH.VLD-00002, of a client id's primary key AUTH.VLD-00004 (the request lost a race against another
     * that took the id first). The transaction is rolled back either way.
     */
    private static <T> T unique(Supplier<T> write) {
        try {
            return write.get();
        } catch (RuntimeException failure) {
            String constraint = violatedUniqueConstraint(failure);
            if (Keys.REGISTERED_SYSTEM_SYSTEM_ID_UK.getName().equals(constraint)) {
                throw SystemRegisterException.validation(ValidationCode.SYSTEM_ID_EXISTS);
            }
            if (Keys.MASKINPORTEN_CLIENT_PK.getName().equals(constraint)) {
                throw SystemRegisterException.validation(ValidationCode.CLIENT_ID_EXISTS);
            }
            throw failure;
        }
    }

    /**
     * The constraint a unique violation among the failure's causes names, as the server's error report
     * gives it in a field of its own: the message text is translated with the server's lc_messages.
     */
    private static @Nullable String violatedUniqueConstraint(Throwable failure) {
        PSQLException psql = Causes.find(failure, PSQLException.class);
        if (psql == null || !UNIQUE_VIOLATION.equals(psql.getSQLState())) {
            return null;
        }
        ServerErrorMessage report = psql.getServerErrorMessage();
        return report == null ? null : report.getConstraint();
    }
}
