package org.tvilling.lequinox.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.tvilling.db.lequinox.Tables.ACCESS;
import static org.tvilling.db.lequinox.Tables.APPLICATION;
import static org.tvilling.db.lequinox.Tables.COMPANY;
import static org.tvilling.db.lequinox.Tables.PERSONAL_IDENTITY;

import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.util.Map;
import org.jooq.DSLContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rows of the Lequinox tests: two companies with an application each (keys stored as their digest, as the
 * server stores them), personal identities and accesses. Every test starts from these alone. Also the
 * requests under a key and the plain-text answers both tags share.
 */
final class LequinoxFixtures {

    static final String ACCESSES = "/lequinox/server/access";

    static final String COMPANY_ID = "ts01";
    static final String OTHER_COMPANY_ID = "ts02";
    static final String KEY = "test-key-ts01-9f2c";
    static final String OTHER_KEY = "test-key-ts02-41aa";
    static final String APPLICATION_ID = "ts01.TestApp1.Applic01";
    static final String OTHER_APPLICATION_ID = "ts02.TestApp1.Applic01";
    static final String AGREEMENT_TITLE = "Test AB user agreement";
    static final String AGREEMENT_CONTENT = "The platform signs transactions for you. Åtkomst för test.";

    /** ACTIVE identities: two of the company, one of the other company. */
    static final String PERSON = "ts01.Person01.Identity";

    static final String SECOND_PERSON = "ts01.Person02.Identity";
    static final String OTHER_PERSON = "ts02.Person01.Identity";
    /** A DEACTIVATED identity of the company: it cannot sign. */
    static final String DEACTIVATED_PERSON = "ts01.Person03.Identity";

    /** Accesses of the company in each interesting state, and one of the other company. */
    static final String INVITED_ACCESS = "ts01.Invited1.Access01";

    static final String ACTIVE_ACCESS = "ts01.Active01.Access01";
    static final String DEACTIVATED_ACCESS = "ts01.Deactiv1.Access01";
    static final String USER_MANAGED_ACCESS = "ts01.UserMan1.Access01";
    static final String CORPORATE_ACCESS = "ts01.Corpora1.Access01";
    static final String OTHER_COMPANY_ACCESS = "ts02.Invited1.Access01";
    /** Well-formed IDs of the company that name nothing. */
    static final String UNKNOWN_ACCESS = "ts01.Unknown1.Access01";

    static final String UNKNOWN_PERSON = "ts01.Unknown1.Identity";

    private static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-03-01T10:00:00+01:00");

    private final DSLContext dsl;

    LequinoxFixtures(DSLContext dsl) {
        this.dsl = dsl;
    }

    void reset() {
        dsl.deleteFrom(ACCESS).execute();
        dsl.deleteFrom(PERSONAL_IDENTITY).execute();
        dsl.deleteFrom(APPLICATION).execute();
        dsl.deleteFrom(COMPANY).execute();
        company(COMPANY_ID, "Test AB");
        company(OTHER_COMPANY_ID, "Annat Test AB");
        application(APPLICATION_ID, COMPANY_ID, KEY, AGREEMENT_TITLE, AGREEMENT_CONTENT);
        application(OTHER_APPLICATION_ID, OTHER_COMPANY_ID, OTHER_KEY, "Other agreement", "Other content");
        identity(PERSON, COMPANY_ID, "Astrid", "Lindqvist", "ACTIVE");
        identity(SECOND_PERSON, COMPANY_ID, "Örjan", "Åkesson", "ACTIVE");
        identity(DEACTIVATED_PERSON, COMPANY_ID, "Bo", "Ek", "DEACTIVATED");
        identity(OTHER_PERSON, OTHER_COMPANY_ID, "Karin", "Berg", "ACTIVE");
        access(INVITED_ACCESS, APPLICATION_ID, "PRIVATE", PERSON, null, true, "INVITED");
        access(ACTIVE_ACCESS, APPLICATION_ID, "PRIVATE", PERSON, null, true, "ACTIVE");
        access(DEACTIVATED_ACCESS, APPLICATION_ID, "PRIVATE", PERSON, null, true, "DEACTIVATED");
        access(USER_MANAGED_ACCESS, APPLICATION_ID, "PRIVATE", SECOND_PERSON, null, false, "INVITED");
        access(CORPORATE_ACCESS, APPLICATION_ID, "CORPORATE", PERSON, "ts01.RoleAcc1.Corporat", true, "ACTIVE");
        access(OTHER_COMPANY_ACCESS, OTHER_APPLICATION_ID, "PRIVATE", OTHER_PERSON, null, true, "INVITED");
    }

    void company(String id, String name) {
        dsl.insertInto(COMPANY).set(COMPANY.ID, id).set(COMPANY.NAME, name).execute();
    }

    void application(String id, String company, String key, String title, String content) {
        dsl.insertInto(APPLICATION)
                .set(APPLICATION.ID, id)
                .set(APPLICATION.COMPANY_ID, company)
                .set(APPLICATION.NAME, "Application " + id)
                .set(APPLICATION.KEY_SHA256, ApplicationRepository.digest(key))
                .set(APPLICATION.AGREEMENT_TITLE, title)
                .set(APPLICATION.AGREEMENT_CONTENT, content)
                .execute();
    }

    void identity(String id, String company, String first, String last, String state) {
        dsl.insertInto(PERSONAL_IDENTITY)
                .set(PERSONAL_IDENTITY.ID, id)
                .set(PERSONAL_IDENTITY.COMPANY_ID, company)
                .set(PERSONAL_IDENTITY.FIRST_NAME, first)
                .set(PERSONAL_IDENTITY.LAST_NAME, last)
                .set(PERSONAL_IDENTITY.EMAIL_ADDRESS, first.toLowerCase() + "@example.se")
                .set(PERSONAL_IDENTITY.MANAGED, true)
                .set(PERSONAL_IDENTITY.STATE, state)
                .set(PERSONAL_IDENTITY.CREATED_AT, CREATED)
                .execute();
    }

    void access(
            String id,
            String application,
            String type,
            String privateId,
            String corporateId,
            boolean managed,
            String state) {
        boolean corporate = type.equals("CORPORATE");
        dsl.insertInto(ACCESS)
                .set(ACCESS.ID, id)
                .set(ACCESS.COMPANY_ID, id.substring(0, 4))
                .set(ACCESS.APPLICATION_ID, application)
                .set(ACCESS.TYPE, type)
                .set(ACCESS.PRIVATE_ID, privateId)
                .set(ACCESS.CORPORATE_ID, corporateId)
                .set(ACCESS.CORPORATE_NAME, corporate ? "Test AB" : null)
                .set(ACCESS.CORPORATE_ROLE_NAME, corporate ? "Inköpare" : null)
                .set(ACCESS.FIRST_NAME, "Astrid")
                .set(ACCESS.LAST_NAME, "Lindqvist")
                .set(ACCESS.MANAGED, managed)
                .set(ACCESS.STATE, state)
                .set(ACCESS.CREATED_AT, CREATED)
                .set(ACCESS.ACTIVATED_AT, state.equals("INVITED") ? null : CREATED)
                .execute();
    }

    String state(String accessId) {
        return dsl.select(ACCESS.STATE)
                .from(ACCESS)
                .where(ACCESS.ID.eq(accessId))
                .fetchSingle(ACCESS.STATE);
    }

    int accesses() {
        return dsl.fetchCount(ACCESS);
    }

    int identities() {
        return dsl.fetchCount(PERSONAL_IDENTITY);
    }

    void deactivateIdentity(String id) {
        dsl.update(PERSONAL_IDENTITY)
                .set(PERSONAL_IDENTITY.STATE, "DEACTIVATED")
                .where(PERSONAL_IDENTITY.ID.eq(id))
                .execute();
    }

    /** A request under this key; none at all for null. */
    static RequestSpecification withKey(String key) {
        RequestSpecification request = given();
        return key == null ? request : request.header("Key", key);
    }

    /** Every error is asserted by its exact plain-text body. */
    static ValidatableResponse expectText(Response response, int status, String text) {
        return plainText(response, status).body(is(text));
    }

    /** For the messages that quote the parser's own position or wording after a documented start. */
    static ValidatableResponse expectTextStarting(Response response, int status, String start) {
        return plainText(response, status).body(startsWith(start));
    }

    private static ValidatableResponse plainText(Response response, int status) {
        return response.then().statusCode(status).contentType(startsWith("text/plain"));
    }

    static void expectApplicationNotFound(Response response) {
        expectText(response, 400, "The application with the specified key could not be found");
    }

    static void expectUnknownError(Response response) {
        expectText(response, 500, "An unexpected error occurred: An unknown error has occurred");
    }

    /** A JSON body (members in the order given; a null value is written as JSON null). */
    static String json(Map<String, ?> members) {
        return JsonMapper.shared().writeValueAsString(members);
    }
}
