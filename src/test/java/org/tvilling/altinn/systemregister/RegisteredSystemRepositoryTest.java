package org.tvilling.altinn.systemregister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.OTHER_VENDOR;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.RESOURCE;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.VENDOR;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.insert;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.systemIds;
import static org.tvilling.db.altinn.Tables.MASKINPORTEN_CLIENT;
import static org.tvilling.db.altinn.Tables.SYSTEM_RIGHT;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tvilling.ApiTest;

/**
 * The database's side of uniqueness, without the checks before it: what a request that lost a race meets.
 * A create or replace that breaks the system id's unique constraint or a client id's primary key answers the
 * documented AUTH.VLD code, and leaves nothing of itself behind.
 */
class RegisteredSystemRepositoryTest extends ApiTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2026-01-05T12:00:00+01:00");
    private static final String TAKEN = VENDOR + "_repository";
    private static final String TAKEN_CLIENT = "c0ffee00-0000-4000-8000-0000000000aa";

    @Autowired
    private RegisteredSystemRepository systems;

    private UUID taken;

    @BeforeEach
    void system() {
        SystemRegisterFixtures.clear(dsl);
        taken = insert(dsl, TAKEN, VENDOR, false, List.of(RESOURCE), List.of(), List.of(TAKEN_CLIENT));
    }

    private static SystemDefinition definition(String systemId, List<String> clientIds) {
        return new SystemDefinition(
                systemId,
                VENDOR,
                new Texts("Navn", "Name", "Namn"),
                new Texts("Beskrivelse", "Description", "Skildring"),
                List.of(new SystemRight(List.of(new ResourceAttribute("urn:altinn:resource", RESOURCE)))),
                List.of(),
                clientIds,
                List.of("https://vendor.example"),
                true);
    }

    @Test
    void create_systemIdTakenMeanwhile_throws00002AndStoresNothing() {
        assertThatThrownBy(() -> systems.create(
                        definition(TAKEN, List.of(UUID.randomUUID().toString())), NOW))
                .isInstanceOfSatisfying(
                        SystemRegisterException.class,
                        failure -> assertThat(failure.errors())
                                .extracting(ValidationError::code)
                                .containsExactly(ValidationCode.SYSTEM_ID_EXISTS));
        assertThat(systemIds(dsl)).containsExactly(TAKEN);
        assertThat(dsl.fetchCount(MASKINPORTEN_CLIENT)).isEqualTo(1);
    }

    @Test
    void create_clientIdTakenMeanwhile_throws00004AndLeavesNoHalfStoredSystem() {
        assertThatThrownBy(() -> systems.create(definition(VENDOR + "_late", List.of(TAKEN_CLIENT)), NOW))
                .isInstanceOfSatisfying(
                        SystemRegisterException.class,
                        failure -> assertThat(failure.errors())
                                .extracting(ValidationError::code)
                                .containsExactly(ValidationCode.CLIENT_ID_EXISTS));
        assertThat(systemIds(dsl)).containsExactly(TAKEN);
        assertThat(dsl.fetchCount(SYSTEM_RIGHT)).isEqualTo(1);
    }

    @Test
    void replace_clientIdTakenMeanwhile_throws00004AndKeepsTheSystemAsItWas() {
        UUID other = insert(dsl, OTHER_VENDOR + "_repository", OTHER_VENDOR, false, List.of(), List.of(), List.of());

        assertThatThrownBy(() ->
                        systems.replace(other, definition(OTHER_VENDOR + "_repository", List.of(TAKEN_CLIENT)), NOW))
                .isInstanceOfSatisfying(
                        SystemRegisterException.class,
                        failure -> assertThat(failure.errors())
                                .extracting(ValidationError::code)
                                .containsExactly(ValidationCode.CLIENT_ID_EXISTS));
        RegisteredSystem unchanged = systems.find(OTHER_VENDOR + "_repository").orElseThrow();
        assertThat(unchanged.rights()).isEmpty();
        assertThat(unchanged.name().nb()).isEqualTo("Navn " + OTHER_VENDOR + "_repository");
        assertThat(systems.find(TAKEN).orElseThrow().clientIds()).containsExactly(TAKEN_CLIENT);
    }

    @Test
    void find_wholeSystem_inOneStatement() {
        statements.reset();
        RegisteredSystem system = systems.find(TAKEN).orElseThrow();
        assertThat(statements.executed()).isEqualTo(1);
        assertThat(system.internalId()).isEqualTo(taken);
        assertThat(system.vendorName()).isEqualTo("Digitaliseringsdirektoratet");
        assertThat(system.rights())
                .containsExactly(new SystemRight(List.of(new ResourceAttribute("urn:altinn:resource", RESOURCE))));
        assertThat(system.clientIds()).containsExactly(TAKEN_CLIENT);
    }
}
