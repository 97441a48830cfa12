package org.tvilling.lequinox.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.tvilling.lequinox.access.LequinoxFixtures.ACCESSES;
import static org.tvilling.lequinox.access.LequinoxFixtures.DEACTIVATED_PERSON;
import static org.tvilling.lequinox.access.LequinoxFixtures.KEY;
import static org.tvilling.lequinox.access.LequinoxFixtures.OTHER_KEY;
import static org.tvilling.lequinox.access.LequinoxFixtures.OTHER_PERSON;
import static org.tvilling.lequinox.access.LequinoxFixtures.PERSON;
import static org.tvilling.lequinox.access.LequinoxFixtures.UNKNOWN_PERSON;
import static org.tvilling.lequinox.access.LequinoxFixtures.expectApplicationNotFound;
import static org.tvilling.lequinox.access.LequinoxFixtures.expectText;
import static org.tvilling.lequinox.access.LequinoxFixtures.expectTextStarting;
import static org.tvilling.lequinox.access.LequinoxFixtures.expectUnknownError;
import static org.tvilling.lequinox.access.LequinoxFixtures.json;
import static org.tvilling.lequinox.access.LequinoxFixtures.withKey;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tvilling.ApiTest;
import org.tvilling.EdgeRequests;
import org.tvilling.contract.Answer;
import org.tvilling.contract.Covers;
import org.tvilling.contract.RawExchanges;
import org.tvilling.contract.fuzz.RawRequest;

/**
 * ExternalPersonalIdentity: Create external personal identity and Get external personal identity, the
 * identities an access's private ID refers to.
 */
class ExternalPersonalIdentityTest extends ApiTest {

    private static final String IDENTITIES = "/lequinox/server/external-personal-identity";
    private static final String IDENTITY = "/lequinox/server/external-personal-identity/{personalIdentityId}";

    private LequinoxFixtures fixtures;

    @BeforeEach
    void rows() {
        fixtures = new LequinoxFixtures(dsl);
        fixtures.reset();
    }

    @Test
    @Covers(operation = "createExternalPersonalIdentity", status = 400, code = "APPLICATION_NOT_FOUND")
    @Covers(operation = "getExternalPersonalIdentity", status = 400, code = "APPLICATION_NOT_FOUND")
    void bothOperations_missingOrUnknownKey_returns400ApplicationNotFound() {
        for (String key : new String[] {null, "", "no-such-key"}) {
            expectApplicationNotFound(withKey(key)
                    .contentType(ContentType.JSON)
                    .body(json(identity()))
                    .post(IDENTITIES));
            expectApplicationNotFound(withKey(key).get(IDENTITY, PERSON));
        }
        assertThat(fixtures.identities()).isEqualTo(4);
    }

    // Create external personal identity

    @Test
    @Covers(operation = "createExternalPersonalIdentity", status = 200)
    @Covers(operation = "getExternalPersonalIdentity", status = 200)
    @Covers(operation = "createAccess", status = 200)
    void createIdentity_thenGetIt_andCreateAnAccessForIt_returns200() {
        Response created = create(identity());
        created.then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("id", matchesPattern("ts01\\.[A-Za-z0-9]{8}\\.[A-Za-z0-9]{8}"))
                .body("firstName", is("Saga"))
                .body("lastName", is("Nordström"))
                .body("emailAddress", is("saga.nordstrom@example.se"))
                .body("managed", is(true))
                .body("state", is("ACTIVE"));
        String id = created.path("id");

        withKey(KEY)
                .get(IDENTITY, id)
                .then()
                .statusCode(200)
                .body("id", is(id))
                .body("lastName", is("Nordström"))
                .body("state", is("ACTIVE"));

        Map<String, Object> access = new LinkedHashMap<>();
        access.put("type", "PRIVATE");
        access.put("privateId", id);
        access.put("firstName", "Saga");
        access.put("lastName", "Nordström");
        access.put("managed", true);
        withKey(KEY)
                .contentType(ContentType.JSON)
                .body(json(access))
                .post(ACCESSES)
                .then()
                .statusCode(200)
                .body("privateId", is(id))
                .body("state", is("ACTIVE"));
    }

    @Test
    @Covers(operation = "createExternalPersonalIdentity", status = 200)
    void createIdentity_atTheDocumentedLimits_returns200() {
        Map<String, Object> identity = identity();
        identity.put("firstName", "Å".repeat(50));
        identity.put("lastName", "l".repeat(50));
        identity.put("emailAddress", "e".repeat(88) + "@example.se");
        create(identity)
                .then()
                .statusCode(200)
                .body("firstName", is("Å".repeat(50)))
                .body("emailAddress", is("e".repeat(88) + "@example.se"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"firstName", "lastName"})
    @Covers(operation = "createExternalPersonalIdentity", status = 400, code = "IDENTITY_NAMES_MISSING")
    void createIdentity_nameMissing_returns400BeforeEverythingElse(String name) {
        Map<String, Object> identity = identity();
        identity.put(name, " ");
        identity.remove("managed");
        identity.put("id", PERSON);
        expectRejected(
                identity,
                "Input not valid: First name and last name must always be specified for an external personal"
                        + " identity.");
    }

    @Test
    @Covers(operation = "createExternalPersonalIdentity", status = 400, code = "IDENTITY_MANAGED_MISSING")
    void createIdentity_managedMissing_returns400BeforeTheId() {
        Map<String, Object> identity = identity();
        identity.remove("managed");
        identity.put("id", PERSON);
        expectRejected(
                identity, "Input not valid: Managed must be specified when creating an external personal identity.");
    }

    @Test
    @Covers(operation = "createExternalPersonalIdentity", status = 400, code = "IDENTITY_ID_GIVEN")
    void createIdentity_idGiven_returns400BeforeTheState() {
        Map<String, Object> identity = identity();
        identity.put("id", UNKNOWN_PERSON);
        identity.put("state", "ACTIVE");
        expectRejected(identity, "Input not valid: ID can't be specified when creating an external personal identity.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"INVITED", "ACTIVE", "DEACTIVATED"})
    @Covers(operation = "createExternalPersonalIdentity", status = 400, code = "IDENTITY_STATE_GIVEN")
    void createIdentity_stateGiven_returns400BeforeManagedFalse(String state) {
        Map<String, Object> identity = identity();
        identity.put("state", state);
        identity.put("managed", false);
        expectRejected(
                identity, "Input not valid: State can't be specified when creating an external personal identity.");
    }

    @Test
    @Covers(operation = "createExternalPersonalIdentity", status = 400, code = "USER_MANAGED_IDENTITY")
    void createIdentity_managedFalse_returns400BeforeTheLengths() {
        Map<String, Object> identity = identity();
        identity.put("managed", false);
        identity.put("firstName", "x".repeat(51));
        expectRejected(
                identity,
                "Input not valid: Your platform does not have support for creating user-managed external personal"
                        + " identities.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"firstName", "lastName", "emailAddress", "noEmail", "emptyEmail"})
    @Covers(operation = "createExternalPersonalIdentity", status = 400, code = "UNKNOWN_ERROR")
    void createIdentity_overTheDocumentedLengthOrNoEmail_returns400UnknownError(String fault) {
        Map<String, Object> identity = identity();
        switch (fault) {
            case "firstName" -> identity.put("firstName", "Å".repeat(51));
            case "lastName" -> identity.put("lastName", "l".repeat(51));
            case "emailAddress" -> identity.put("emailAddress", "e".repeat(90) + "@example.se");
            case "noEmail" -> identity.remove("emailAddress");
            default -> identity.put("emailAddress", "");
        }
        expectRejected(identity, "Unknown error");
    }

    @Test
    @Covers(operation = "createExternalPersonalIdentity", status = 500, code = "BODY_MISSING")
    void createIdentity_noBody_returns500RequiredRequestBodyIsMissing() {
        expectText(
                withKey(KEY).contentType(ContentType.JSON).post(IDENTITIES),
                500,
                "An unexpected error occurred: Required request body is missing ExternalPersonalIdentity");
        assertThat(fixtures.identities()).isEqualTo(4);
    }

    @Test
    @Covers(operation = "createExternalPersonalIdentity", status = 500, code = "JSON_PARSE_ERROR")
    void createIdentity_malformedJsonOrWrongType_returns500JsonParseError() {
        expectTextStarting(
                withKey(KEY)
                        .contentType(ContentType.JSON)
                        .body("{\"firstName\": \"Saga\"")
                        .post(IDENTITIES),
                500,
                "An unexpected error occurred: JSON parse error at line 1, column ");
        Map<String, Object> identity = identity();
        identity.put("managed", 1.5);
        expectRejected(
                identity,
                "An unexpected error occurred: JSON parse error for 'managed': expected a boolean (true or false)",
                500);
    }

    /** PostgreSQL cannot store U+0000: the body is refused as unreadable before anything reaches SQL. */
    @Test
    @Covers(operation = "createExternalPersonalIdentity", status = 500, code = "JSON_PARSE_ERROR")
    void createIdentity_nulCharacterInName_returns500JsonParseError() {
        Map<String, Object> identity = identity();
        identity.put("firstName", "Sa\u0000ga");
        expectTextStarting(create(identity), 500, "An unexpected error occurred: JSON parse error for 'firstName'");
        assertThat(fixtures.identities()).as("no identity written").isEqualTo(4);
    }

    @Test
    @Covers(operation = "createExternalPersonalIdentity", status = 500, code = "TYPE_DEFINITION_ERROR")
    void createIdentity_stateOutsideTheEnum_returns500TypeDefinitionError() {
        Map<String, Object> identity = identity();
        identity.put("state", "PENDING");
        expectRejected(
                identity,
                "An unexpected error occurred: Type definition error for 'state': not one of INVITED, ACTIVE,"
                        + " DEACTIVATED",
                500);
    }

    /** Refused before the body is read, so no identity is written. */
    @Test
    @Covers(operation = "createExternalPersonalIdentity", status = 500, code = "UNEXPECTED_UNKNOWN_ERROR")
    void createIdentity_acceptingOnlyPlainText_returns500UnknownErrorAndWritesNothing() {
        expectUnknownError(withKey(KEY)
                .accept(ContentType.TEXT)
                .contentType(ContentType.JSON)
                .body(json(identity()))
                .post(IDENTITIES));
        assertThat(fixtures.identities()).isEqualTo(4);
    }

    @Test
    @Covers(operation = "createExternalPersonalIdentity", status = 500, code = "UNEXPECTED_UNKNOWN_ERROR")
    void createIdentity_acceptingNeitherJsonNorText_returns500UnknownError() {
        expectUnknownError(withKey(KEY)
                .accept("application/xml")
                .contentType(ContentType.JSON)
                .body(json(identity()))
                .post(IDENTITIES));
        assertThat(fixtures.identities()).isEqualTo(4);
    }

    // Get external personal identity

    @Test
    @Covers(operation = "getExternalPersonalIdentity", status = 200)
    void getIdentity_ofTheCompany_returns200InAnyState() {
        withKey(KEY)
                .get(IDENTITY, DEACTIVATED_PERSON)
                .then()
                .statusCode(200)
                .body("id", is(DEACTIVATED_PERSON))
                .body("firstName", is("Bo"))
                .body("lastName", is("Ek"))
                .body("emailAddress", is("bo@example.se"))
                .body("managed", is(true))
                .body("state", is("DEACTIVATED"));
        withKey(OTHER_KEY).get(IDENTITY, OTHER_PERSON).then().statusCode(200).body("firstName", is("Karin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ts01", "ts01.Person01", "ts01.Person01.Identity1", "ts01.Person 1.Identity"})
    @Covers(operation = "getExternalPersonalIdentity", status = 400, code = "INVALID_ROLE_ID_FORMAT")
    void getIdentity_idNotAGlobalId_returns400InvalidRoleIdFormat(String id) {
        expectText(withKey(KEY).get(IDENTITY, id), 400, "Invalid role ID format");
    }

    @ParameterizedTest
    @ValueSource(strings = {OTHER_PERSON, "zz99.Person01.Identity"})
    @Covers(operation = "getExternalPersonalIdentity", status = 400, code = "COMPANY_NOT_IN_IDENTITY_ID")
    void getIdentity_ofAnotherCompany_returns400CompanyIdIsNotPartOfIdentityId(String id) {
        expectText(withKey(KEY).get(IDENTITY, id), 400, "Company ID is not part of identity ID.");
        expectText(withKey(OTHER_KEY).get(IDENTITY, PERSON), 400, "Company ID is not part of identity ID.");
    }

    @Test
    @Covers(operation = "getExternalPersonalIdentity", status = 500, code = "UNEXPECTED_UNKNOWN_ERROR")
    void getIdentity_ofTheCompanyNamingNoIdentity_returns500UnknownError() {
        expectUnknownError(withKey(KEY).get(IDENTITY, UNKNOWN_PERSON));
    }

    private static Map<String, Object> identity() {
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("firstName", "Saga");
        identity.put("lastName", "Nordström");
        identity.put("emailAddress", "saga.nordstrom@example.se");
        identity.put("managed", true);
        return identity;
    }

    private static Response create(Map<String, Object> identity) {
        return withKey(KEY).contentType(ContentType.JSON).body(json(identity)).post(IDENTITIES);
    }

    private void expectRejected(Map<String, Object> identity, String text) {
        expectRejected(identity, text, 400);
    }

    private void expectRejected(Map<String, Object> identity, String text, int status) {
        expectText(create(identity), status, text);
        assertThat(fixtures.identities()).as("no identity written").isEqualTo(4);
    }

    // Requests refused before the operation runs (issue 9): plain text, the statuses the API documents

    @Test
    @Covers(operation = "createExternalPersonalIdentity", status = 500, code = "UNEXPECTED_UNKNOWN_ERROR")
    @Covers(operation = "getExternalPersonalIdentity", status = 500, code = "UNEXPECTED_UNKNOWN_ERROR")
    void bothOperations_headerFieldsOverTheLimit_returns500UnknownErrorAndCreateNothing() {
        expectUnknownError(withKey(KEY)
                .headers(EdgeRequests.OVERSIZED_HEADER)
                .contentType(ContentType.JSON)
                .body(json(identity()))
                .post(IDENTITIES));
        expectUnknownError(withKey(KEY).headers(EdgeRequests.OVERSIZED_HEADER).get(IDENTITY, PERSON));
        assertThat(fixtures.identities()).isEqualTo(4);
    }

    @Test
    @Covers(operation = "getExternalPersonalIdentity", status = 500, code = "UNEXPECTED_UNKNOWN_ERROR")
    void getExternalPersonalIdentity_refusedEscapeInTheId_returns500UnknownError() {
        for (String escape : EdgeRequests.REFUSED_ESCAPES) {
            Answer answer = RawExchanges.send(RawRequest.of("GET", IDENTITIES + "/ts01.Person01" + escape + ".Identity")
                    .with("Key", KEY));
            assertThat(answer.status()).as(escape).isEqualTo(500);
            assertThat(answer.body()).isEqualTo("An unexpected error occurred: An unknown error has occurred");
        }
    }

    @Test
    @Covers(operation = "createExternalPersonalIdentity", status = 200)
    void createIdentity_acceptJsonWithAnotherCharset_returns200InJson() {
        withKey(KEY)
                .contentType(ContentType.JSON)
                .accept(EdgeRequests.JSON_IN_UTF16)
                .body(json(identity()))
                .post(IDENTITIES)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("state", is("ACTIVE"));
    }
}
