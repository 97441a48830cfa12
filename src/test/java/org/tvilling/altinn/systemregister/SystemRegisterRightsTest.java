package org.tvilling.altinn.systemregister;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.ADMIN;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.ADMIN_CLIENT;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.APP;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.NUL;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.OTHER_RESOURCE;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.OTHER_VENDOR;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.RESOURCE;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.RIGHTS;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.VENDOR;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.VENDOR_CLIENT;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.WRITE;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.as;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.codes;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.insert;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.markedDeleted;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.notFound;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.oneValidationError;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.right;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.stored;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tvilling.ApiTest;
import org.tvilling.contract.Covers;

/** Update rights for a system (UpdateRightsOnRegisteredSystem). */
class SystemRegisterRightsTest extends ApiTest {

    private static final String OWN = VENDOR + "_rights";
    private static final String DELETED = VENDOR + "_rights_deleted";
    private static final String OTHERS = OTHER_VENDOR + "_rights";

    @BeforeEach
    void systems() {
        SystemRegisterFixtures.clear(dsl);
        insert(dsl, OWN, VENDOR, false, List.of(RESOURCE), List.of(), List.of());
        insert(dsl, DELETED, VENDOR, true, List.of(RESOURCE), List.of(), List.of());
        insert(dsl, OTHERS, OTHER_VENDOR, false, List.of(RESOURCE), List.of(), List.of());
    }

    private static String vendor() {
        return token(VENDOR_CLIENT, WRITE);
    }

    private static Response put(String token, String systemId, Object body) {
        return as(token, body).put(RIGHTS, systemId);
    }

    private static List<List<String>> storedRights(String systemId) {
        return stored(token(ADMIN_CLIENT, ADMIN), systemId, "rights.resource.value");
    }

    @Test
    @Covers(operation = "UpdateRightsOnRegisteredSystem", status = 200)
    void updateRightsOnRegisteredSystem_ownSystem_returns200AndReplacesTheRights() {
        put(vendor(), OWN, List.of(right(APP), right(OTHER_RESOURCE)))
                .then()
                .statusCode(200)
                .body("succeeded", is(true));

        assertThat(storedRights(OWN)).containsExactly(List.of(APP), List.of(OTHER_RESOURCE));
    }

    @Test
    @Covers(operation = "UpdateRightsOnRegisteredSystem", status = 200)
    void updateRightsOnRegisteredSystem_rightWithTwoResources_returns200AndKeepsTheirOrder() {
        Map<String, Object> both = Map.of(
                "resource",
                List.of(
                        Map.of("id", "urn:altinn:resource", "value", OTHER_RESOURCE),
                        Map.of("id", "urn:altinn:resource", "value", APP)));

        put(vendor(), OWN, List.of(both)).then().statusCode(200);

        assertThat(storedRights(OWN)).containsExactly(List.of(OTHER_RESOURCE, APP));
    }

    @Test
    @Covers(operation = "UpdateRightsOnRegisteredSystem", status = 200)
    void updateRightsOnRegisteredSystem_emptyList_returns200AndRemovesThem() {
        put(vendor(), OWN, List.of()).then().statusCode(200);

        assertThat(storedRights(OWN)).isEmpty();
    }

    @Test
    @Covers(operation = "UpdateRightsOnRegisteredSystem", status = 200)
    void updateRightsOnRegisteredSystem_adminForAnotherOrganisation_returns200() {
        put(token(ADMIN_CLIENT, ADMIN), OTHERS, List.of(right(APP))).then().statusCode(200);

        assertThat(storedRights(OTHERS)).containsExactly(List.of(APP));
    }

    @Test
    @Covers(operation = "UpdateRightsOnRegisteredSystem", status = 400, code = "AUTH.VLD-00003")
    void updateRightsOnRegisteredSystem_unknownResource_returns400With00003AndKeepsTheRights() {
        oneValidationError(
                        put(vendor(), OWN, List.of(right(APP), right("finnes-ikke"))),
                        "AUTH.VLD-00003",
                        "One or all the resources in rights is not found in altinn’s resource register",
                        "/registersystemrequest/rights/resource")
                .contentType("application/problem+json")
                .body("validationErrors[0].'ResourceIds Not Found : '", is("finnes-ikke"));

        assertThat(storedRights(OWN)).containsExactly(List.of(RESOURCE));
    }

    @Test
    @Covers(operation = "UpdateRightsOnRegisteredSystem", status = 400, code = "AUTH.VLD-00006")
    void updateRightsOnRegisteredSystem_sameRightTwice_returns400With00006() {
        oneValidationError(
                put(vendor(), OWN, List.of(right(APP), right(APP))),
                "AUTH.VLD-00006",
                "One or more duplicate rights found");
    }

    @Test
    @Covers(operation = "UpdateRightsOnRegisteredSystem", status = 400, code = "AUTH.VLD-00003")
    @Covers(operation = "UpdateRightsOnRegisteredSystem", status = 400, code = "AUTH.VLD-00006")
    void updateRightsOnRegisteredSystem_unknownAndTwice_returns400WithBoth() {
        assertThat(codes(put(vendor(), OWN, List.of(right("finnes-ikke"), right("finnes-ikke")))))
                .containsExactly("AUTH.VLD-00003", "AUTH.VLD-00006");
    }

    @Test
    void updateRightsOnRegisteredSystem_deletedSystem_returns400() {
        markedDeleted(put(vendor(), DELETED, List.of(right(APP))));
    }

    @Test
    void updateRightsOnRegisteredSystem_resourceWithoutValue_returns400WithErrors() {
        put(vendor(), OWN, List.of(Map.of("resource", List.of(Map.of("id", "urn:altinn:resource")))))
                .then()
                .statusCode(400)
                .body("errors.'$[0].resource[0].value'", contains("The value field is required."));
    }

    @Test
    void updateRightsOnRegisteredSystem_nulCharacterInAValue_returns400NamingItInErrorsAndKeepsTheRights() {
        put(vendor(), OWN, List.of(right(APP), right("ske-krav" + NUL + "-og-betalinger")))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors", aMapWithSize(1))
                .body("errors.'$[1].resource[0].value'", contains("The JSON value could not be converted."));

        assertThat(storedRights(OWN)).containsExactly(List.of(RESOURCE));
    }

    @Test
    void updateRightsOnRegisteredSystem_notAList_returns400WithErrors() {
        put(vendor(), OWN, right(APP)).then().statusCode(400).body("errors.'$'", hasSize(1));
    }

    @Test
    @Covers(operation = "UpdateRightsOnRegisteredSystem", status = 404)
    void updateRightsOnRegisteredSystem_unknownSystem_returns404() {
        notFound(put(vendor(), VENDOR + "_unknown", List.of(right(APP))), VENDOR + "_unknown");
    }

    @Test
    @Covers(operation = "UpdateRightsOnRegisteredSystem", status = 403)
    void updateRightsOnRegisteredSystem_anotherOrganisationsSystem_returns403AndKeepsTheRights() {
        put(vendor(), OTHERS, List.of(right(APP))).then().statusCode(403).body(emptyString());

        assertThat(storedRights(OTHERS)).containsExactly(List.of(RESOURCE));
    }

    @Test
    @Covers(operation = "UpdateRightsOnRegisteredSystem", status = 403)
    void updateRightsOnRegisteredSystem_tokenWithoutScope_returns403() {
        put(token(VENDOR_CLIENT), OWN, List.of(right(APP)))
                .then()
                .statusCode(403)
                .body(emptyString());
    }

    @Test
    @Covers(operation = "UpdateRightsOnRegisteredSystem", status = 401)
    void updateRightsOnRegisteredSystem_noToken_returns401() {
        given().contentType(ContentType.JSON)
                .body("[]")
                .put(RIGHTS, OWN)
                .then()
                .statusCode(401)
                .body(emptyString());
    }

    /** Refused before the operation runs (issue 9): nothing replaced, and a charset in Accept is no failure. */
    @Test
    @Covers(operation = "UpdateRightsOnRegisteredSystem", status = 406)
    @Covers(operation = "UpdateRightsOnRegisteredSystem", status = 415)
    @Covers(operation = "UpdateRightsOnRegisteredSystem", status = 431)
    @Covers(operation = "UpdateRightsOnRegisteredSystem", status = 200)
    void updateRightsOnRegisteredSystem_refusedBeforeTheOperation_changesNothing() {
        SystemRegisterFixtures.refusedBeforeTheOperation(
                vendor(), RIGHTS, OWN, List.of(right(APP)), () -> storedRights(OWN));
    }
}
