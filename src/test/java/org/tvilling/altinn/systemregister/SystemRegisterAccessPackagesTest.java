package org.tvilling.altinn.systemregister;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.ACCESS_PACKAGES;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.ADMIN;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.ADMIN_CLIENT;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.OTHER_PACKAGE;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.OTHER_VENDOR;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.PACKAGE;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.VENDOR;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.VENDOR_CLIENT;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.WRITE;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.accessPackage;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.as;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.codes;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.insert;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.markedDeleted;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.notFound;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.oneValidationError;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.stored;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tvilling.ApiTest;
import org.tvilling.contract.Covers;

/** Update accesspackages for a system (UpdateAccessPackagesOnRegisteredSystem). */
class SystemRegisterAccessPackagesTest extends ApiTest {

    private static final String OWN = VENDOR + "_packages";
    private static final String DELETED = VENDOR + "_packages_deleted";
    private static final String OTHERS = OTHER_VENDOR + "_packages";

    private static final String REVISOR = "urn:altinn:accesspackage:revisormedarbeider";
    private static final String ANSVARLIG_REVISOR = "urn:altinn:accesspackage:ansvarlig-revisor";

    @BeforeEach
    void systems() {
        SystemRegisterFixtures.clear(dsl);
        insert(dsl, OWN, VENDOR, false, List.of(), List.of(PACKAGE), List.of());
        insert(dsl, DELETED, VENDOR, true, List.of(), List.of(PACKAGE), List.of());
        insert(dsl, OTHERS, OTHER_VENDOR, false, List.of(), List.of(PACKAGE), List.of());
    }

    private static String vendor() {
        return token(VENDOR_CLIENT, WRITE);
    }

    private static Response put(String token, String systemId, Object body) {
        return as(token, body).put(ACCESS_PACKAGES, systemId);
    }

    private static List<String> storedPackages(String systemId) {
        return stored(token(ADMIN_CLIENT, ADMIN), systemId, "accessPackages.urn");
    }

    /** The example of the real service's documentation: the two auditor packages (delegable, client relation). */
    @Test
    @Covers(operation = "UpdateAccessPackagesOnRegisteredSystem", status = 200)
    void updateAccessPackagesOnRegisteredSystem_ownSystem_returns200AndReplacesThePackages() {
        put(vendor(), OWN, List.of(accessPackage(REVISOR), accessPackage(ANSVARLIG_REVISOR)))
                .then()
                .statusCode(200)
                .body("succeeded", is(true));

        assertThat(storedPackages(OWN)).containsExactly(REVISOR, ANSVARLIG_REVISOR);
    }

    @Test
    @Covers(operation = "UpdateAccessPackagesOnRegisteredSystem", status = 200)
    void updateAccessPackagesOnRegisteredSystem_emptyList_returns200AndRemovesThem() {
        put(vendor(), OWN, List.of()).then().statusCode(200);

        assertThat(storedPackages(OWN)).isEmpty();
    }

    @Test
    @Covers(operation = "UpdateAccessPackagesOnRegisteredSystem", status = 200)
    void updateAccessPackagesOnRegisteredSystem_adminForAnotherOrganisation_returns200() {
        put(token(ADMIN_CLIENT, ADMIN), OTHERS, List.of(accessPackage(OTHER_PACKAGE)))
                .then()
                .statusCode(200);

        assertThat(storedPackages(OTHERS)).containsExactly(OTHER_PACKAGE);
    }

    @Test
    @Covers(operation = "UpdateAccessPackagesOnRegisteredSystem", status = 400, code = "AUTH.VLD-00008")
    void updateAccessPackagesOnRegisteredSystem_invalidPackages_returns400With00008NamingEachKind() {
        List<Object> body = new java.util.ArrayList<>();
        body.add(accessPackage("urn:altinn:accesspackage:tilgangsstyrer"));
        body.add(accessPackage("urn:altinn:accesspackage:finnes-ikke"));
        body.add(accessPackage("tilgangsstyrer"));
        body.add(Map.of());

        oneValidationError(
                        put(vendor(), OWN, body),
                        "AUTH.VLD-00008",
                        "One or all the accesspackage(s) is not found in altinn’s access packages or is not a"
                                + " part of REGN/REVI/Forretningsfører roller",
                        "/registersystemrequest/accesspackages")
                .contentType("application/problem+json")
                .body(
                        "validationErrors[0].'Invalid Urn Details : '",
                        is("Invalid format: tilgangsstyrer, null"
                                + " | Not found: urn:altinn:accesspackage:finnes-ikke"
                                + " | Not delegable: urn:altinn:accesspackage:tilgangsstyrer"));

        assertThat(storedPackages(OWN)).containsExactly(PACKAGE);
    }

    @Test
    @Covers(operation = "UpdateAccessPackagesOnRegisteredSystem", status = 400, code = "AUTH.VLD-00007")
    void updateAccessPackagesOnRegisteredSystem_samePackageTwice_returns400With00007() {
        oneValidationError(
                put(vendor(), OWN, List.of(accessPackage(REVISOR), accessPackage(REVISOR))),
                "AUTH.VLD-00007",
                "One or more duplicate access package(s) found",
                "/registersystemrequest/accesspackages");
    }

    @Test
    @Covers(operation = "UpdateAccessPackagesOnRegisteredSystem", status = 400, code = "AUTH.VLD-00007")
    @Covers(operation = "UpdateAccessPackagesOnRegisteredSystem", status = 400, code = "AUTH.VLD-00008")
    void updateAccessPackagesOnRegisteredSystem_unknownTwice_returns400WithBoth() {
        String unknown = "urn:altinn:accesspackage:finnes-ikke";
        assertThat(codes(put(vendor(), OWN, List.of(accessPackage(unknown), accessPackage(unknown)))))
                .containsExactly("AUTH.VLD-00008", "AUTH.VLD-00007");
    }

    @Test
    void updateAccessPackagesOnRegisteredSystem_deletedSystem_returns400() {
        markedDeleted(put(vendor(), DELETED, List.of(accessPackage(REVISOR))));
    }

    @Test
    @Covers(operation = "UpdateAccessPackagesOnRegisteredSystem", status = 404)
    void updateAccessPackagesOnRegisteredSystem_unknownSystem_returns404() {
        notFound(put(vendor(), VENDOR + "_unknown", List.of(accessPackage(REVISOR))), VENDOR + "_unknown");
    }

    @Test
    @Covers(operation = "UpdateAccessPackagesOnRegisteredSystem", status = 403)
    void updateAccessPackagesOnRegisteredSystem_anotherOrganisationsSystem_returns403AndKeepsThePackages() {
        put(vendor(), OTHERS, List.of(accessPackage(REVISOR)))
                .then()
                .statusCode(403)
                .body(emptyString());

        assertThat(storedPackages(OTHERS)).containsExactly(PACKAGE);
    }

    @Test
    @Covers(operation = "UpdateAccessPackagesOnRegisteredSystem", status = 401)
    void updateAccessPackagesOnRegisteredSystem_noToken_returns401() {
        given().contentType(ContentType.JSON)
                .body("[]")
                .put(ACCESS_PACKAGES, OWN)
                .then()
                .statusCode(401)
                .body(emptyString());
    }

    /** Refused before the operation runs (issue 9): nothing replaced, and a charset in Accept is no failure. */
    @Test
    @Covers(operation = "UpdateAccessPackagesOnRegisteredSystem", status = 406)
    @Covers(operation = "UpdateAccessPackagesOnRegisteredSystem", status = 415)
    @Covers(operation = "UpdateAccessPackagesOnRegisteredSystem", status = 431)
    @Covers(operation = "UpdateAccessPackagesOnRegisteredSystem", status = 200)
    void updateAccessPackagesOnRegisteredSystem_refusedBeforeTheOperation_changesNothing() {
        SystemRegisterFixtures.refusedBeforeTheOperation(
                vendor(), ACCESS_PACKAGES, OWN, List.of(accessPackage(REVISOR)), () -> storedPackages(OWN));
    }
}
