package org.tvilling.altinn.systemregister;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.tvilling.db.altinn.Tables.MASKINPORTEN_CLIENT;
import static org.tvilling.db.altinn.Tables.REGISTERED_SYSTEM;
import static org.tvilling.db.altinn.Tables.SYSTEM_ACCESS_PACKAGE;
import static org.tvilling.db.altinn.Tables.SYSTEM_REDIRECT_URL;
import static org.tvilling.db.altinn.Tables.SYSTEM_RIGHT;
import static org.tvilling.db.altinn.Tables.SYSTEM_RIGHT_RESOURCE;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.tvilling.EdgeRequests;
import tools.jackson.databind.json.JsonMapper;

/**
 * Systems for the tests, written into the tables as the register holds them, and requests built from the
 * page's own examples.
 */
final class SystemRegisterFixtures {

    static final String VENDOR = "991825827";
    static final String OTHER_VENDOR = "974761076";
    static final String WRITE = "altinn:authentication/systemregister.write";
    static final String ADMIN = "altinn:authentication/systemregister.admin";

    static final String VENDOR_CLIENT = "vendor-" + VENDOR;
    static final String OTHER_VENDOR_CLIENT = "vendor-" + OTHER_VENDOR;
    static final String ADMIN_CLIENT = "altinn-admin";

    static final String SYSTEMS = "/authentication/api/v1/systemregister/vendor";
    static final String SYSTEM = SYSTEMS + "/{systemId}";
    static final String RIGHTS = SYSTEM + "/rights";
    static final String ACCESS_PACKAGES = SYSTEM + "/accesspackages";

    static final String APP = "app_ttd_endring-av-navn-v2";
    static final String RESOURCE = "ske-krav-og-betalinger";
    static final String OTHER_RESOURCE = "authentication-e2e-test";
    static final String RESOURCE_ATTRIBUTE = "urn:altinn:resource";
    /** U+0000: valid in a JSON string, refused by PostgreSQL in text. */
    static final String NUL = "\0";

    static final String PACKAGE = "urn:altinn:accesspackage:skatt-naering";
    static final String OTHER_PACKAGE = "urn:altinn:accesspackage:merverdiavgift";

    /** The page's example "System med app og ressurs", as written there. */
    static final String SEED_APP_AND_RESOURCE = """
            {
            "id": "991825827_systemwithappandresource",
            "vendor": {
            "authority": "iso6523-actorid-upis",
            "ID": "0192:991825827"
            },
            "name": {
            "nb": "System med app og ressurs",
            "en": "System With App and Resource",
            "nn": "System med app og ressurs"
            },
            "description": {
            "nb": "Test system with app and resource",
            "en": "Test system with app and resource",
            "nn": "Test system with app and resource"
            },
            "rights": [
            {
            "resource": [
            {
            "id": "urn:altinn:resource",
            "value": "app_ttd_endring-av-navn-v2"
            }
            ]
            },
            {
            "resource": [
            {
            "id": "urn:altinn:resource",
            "value": "ske-krav-og-betalinger"
            }
            ]
            }
            ],
            "clientId": [
            "087fc0e3-674f-4eaa-aea2-75e3369463e5"
            ],
            "allowedredirecturls": [
            "https://vg.no",
            "https://nrk.no",
            "https://altinn.no"
            ],
            "isVisible": true
            }
            """;

    /** The page's example "System med tilgangspakke", as written there. */
    static final String SEED_ACCESS_PACKAGE = """
            {
            "id": "991825827_systemwithaccesspackageandresource",
            "vendor": {
            "authority": "iso6523-actorid-upis",
            "ID": "0192:991825827"
            },
            "name": {
            "nb": "The Matrix",
            "en": "The Matrix",
            "nn": "The Matrix"
            },
            "description": {
            "nb": "Test system",
            "en": "Test system",
            "nn": "Test system"
            },
            "accessPackages": [
            {
            "urn": "urn:altinn:accesspackage:skattnaering"
            }
            ],
            "rights": [
            {
            "resource": [
            {
            "id": "urn:altinn:resource",
            "value": "ske-krav-og-betalinger"
            }
            ]
            }
            ],
            "clientId": [
            "32ef65ac-6e62-498d-880f-76c85c2052ae"
            ],
            "allowedredirecturls": [
            "https://vg.no",
            "https://nrk.no",
            "https://altinn.no"
            ],
            "isVisible": true
            }
            """;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SystemRegisterFixtures() {}

    static void clear(DSLContext dsl) {
        dsl.deleteFrom(REGISTERED_SYSTEM).execute();
    }

    /**
     * A valid request of the vendor: the page's first example with this system id, one fresh client id, one
     * right, one access package and one redirect URL.
     */
    static Map<String, Object> request(String systemId, String vendorOrgNumber) {
        Map<String, Object> request = parse(SEED_APP_AND_RESOURCE);
        request.put("id", systemId);
        request.put(
                "vendor",
                new LinkedHashMap<>(Map.of("authority", "iso6523-actorid-upis", "ID", "0192:" + vendorOrgNumber)));
        request.put("rights", List.of(right(RESOURCE)));
        request.put("accessPackages", List.of(Map.of("urn", PACKAGE)));
        request.put("clientId", List.of(UUID.randomUUID().toString()));
        request.put("allowedredirecturls", List.of("https://vendor.example/callback"));
        return request;
    }

    /** A right for one resource of the resource register. */
    static Map<String, Object> right(String resource) {
        return Map.of("resource", List.of(Map.of("id", RESOURCE_ATTRIBUTE, "value", resource)));
    }

    static Map<String, Object> accessPackage(String urn) {
        return Map.of("urn", urn);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parse(String json) {
        return JSON.readValue(json, LinkedHashMap.class);
    }

    static String json(Object body) {
        return JSON.writeValueAsString(body);
    }

    /** A request with the bearer token and a JSON body. */
    static RequestSpecification as(String token, Object body) {
        return given().header("Authorization", "Bearer " + token)
                .contentType(ContentType.JSON)
                .body(body instanceof String text ? text : json(body));
    }

    static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    /** A 400 whose validationErrors hold this one error alone. */
    static ValidatableResponse oneValidationError(Response response, String code, String detail) {
        return response.then()
                .statusCode(400)
                .body("validationErrors", hasSize(1))
                .body("validationErrors[0].code", is(code))
                .body("validationErrors[0].detail", is(detail));
    }

    static ValidatableResponse oneValidationError(Response response, String code, String detail, String path) {
        return oneValidationError(response, code, detail).body("validationErrors[0].paths", contains(path));
    }

    /** The codes of a 400's validationErrors, in order. */
    static List<String> codes(Response response) {
        return response.then().statusCode(400).extract().jsonPath().getList("validationErrors.code");
    }

    /** The answer of every operation on a system id the register does not hold. */
    static ValidatableResponse notFound(Response response, String systemId) {
        return response.then().statusCode(404).body("detail", is("System with ID '" + systemId + "' not found."));
    }

    /** A problem document of the status, as the family answers a request refused before its operation. */
    static ValidatableResponse problem(Response response, int status) {
        return response.then()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("status", is(status))
                .body(
                        "title",
                        is(org.springframework.http.HttpStatus.valueOf(status).getReasonPhrase()));
    }

    /**
     * A replacement (PUT) of the system's list refused before the operation runs, three ways, with nothing
     * changed: an Accept that admits no JSON (406), a body not declared JSON (415), header fields over the
     * server's limit (431); then the same body with a charset in Accept, which JSON has no use for: replaced.
     */
    static void refusedBeforeTheOperation(
            String token, String path, String systemId, Object body, Supplier<Object> stored) {
        Object before = stored.get();
        problem(as(token, body).accept(ContentType.TEXT).put(path, systemId), 406);
        problem(as(token).contentType(ContentType.TEXT).body(json(body)).put(path, systemId), 415)
                .header("Accept", "application/json");
        problem(as(token, body).headers(EdgeRequests.OVERSIZED_HEADER).put(path, systemId), 431);
        assertThat(stored.get()).isEqualTo(before);

        as(token, body)
                .accept(EdgeRequests.JSON_IN_UTF16)
                .put(path, systemId)
                .then()
                .statusCode(200)
                .contentType("application/json")
                .body("succeeded", is(true));
        assertThat(stored.get()).isNotEqualTo(before);
    }

    /** The answer of every update of a system marked as deleted. */
    static ValidatableResponse markedDeleted(Response response) {
        return response.then().statusCode(400).body("detail", is("Cannot update a system marked as deleted."));
    }

    /** A list of the system as GetRegisteredSystemInfo answers it to this token. */
    static <T> List<T> stored(String token, String systemId, String path) {
        return as(token)
                .get(SYSTEM, systemId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList(path);
    }

    /** A system as the register holds it, with one right per resource given. */
    static UUID insert(
            DSLContext dsl,
            String systemId,
            String vendorOrgNumber,
            boolean deleted,
            List<String> resources,
            List<String> accessPackages,
            List<String> clientIds) {
        OffsetDateTime created = OffsetDateTime.parse("2025-06-18T10:00:00+02:00");
        UUID internalId = dsl.insertInto(REGISTERED_SYSTEM)
                .set(REGISTERED_SYSTEM.SYSTEM_ID, systemId)
                .set(REGISTERED_SYSTEM.VENDOR_ORG_NUMBER, vendorOrgNumber)
                .set(REGISTERED_SYSTEM.NAME_NB, "Navn " + systemId)
                .set(REGISTERED_SYSTEM.NAME_EN, "Name " + systemId)
                .set(REGISTERED_SYSTEM.NAME_NN, "Namn " + systemId)
                .set(REGISTERED_SYSTEM.DESCRIPTION_NB, "Beskrivelse")
                .set(REGISTERED_SYSTEM.DESCRIPTION_EN, "Description")
                .set(REGISTERED_SYSTEM.DESCRIPTION_NN, "Skildring")
                .set(REGISTERED_SYSTEM.IS_VISIBLE, true)
                .set(REGISTERED_SYSTEM.IS_DELETED, deleted)
                .set(REGISTERED_SYSTEM.CREATED, created)
                .set(REGISTERED_SYSTEM.LAST_CHANGED, created)
                .returningResult(REGISTERED_SYSTEM.INTERNAL_ID)
                .fetchSingle()
                .value1();
        for (int position = 0; position < resources.size(); position++) {
            dsl.insertInto(SYSTEM_RIGHT)
                    .set(SYSTEM_RIGHT.SYSTEM_INTERNAL_ID, internalId)
                    .set(SYSTEM_RIGHT.POSITION, position)
                    .execute();
            dsl.insertInto(SYSTEM_RIGHT_RESOURCE)
                    .set(SYSTEM_RIGHT_RESOURCE.SYSTEM_INTERNAL_ID, internalId)
                    .set(SYSTEM_RIGHT_RESOURCE.RIGHT_POSITION, position)
                    .set(SYSTEM_RIGHT_RESOURCE.POSITION, 0)
                    .set(SYSTEM_RIGHT_RESOURCE.ATTRIBUTE_ID, RESOURCE_ATTRIBUTE)
                    .set(SYSTEM_RIGHT_RESOURCE.ATTRIBUTE_VALUE, resources.get(position))
                    .execute();
        }
        for (int position = 0; position < accessPackages.size(); position++) {
            dsl.insertInto(SYSTEM_ACCESS_PACKAGE)
                    .set(SYSTEM_ACCESS_PACKAGE.SYSTEM_INTERNAL_ID, internalId)
                    .set(SYSTEM_ACCESS_PACKAGE.POSITION, position)
                    .set(SYSTEM_ACCESS_PACKAGE.URN, accessPackages.get(position))
                    .execute();
        }
        for (int position = 0; position < clientIds.size(); position++) {
            dsl.insertInto(MASKINPORTEN_CLIENT)
                    .set(MASKINPORTEN_CLIENT.CLIENT_ID, clientIds.get(position))
                    .set(MASKINPORTEN_CLIENT.SYSTEM_INTERNAL_ID, internalId)
                    .set(MASKINPORTEN_CLIENT.POSITION, position)
                    .execute();
        }
        dsl.insertInto(SYSTEM_REDIRECT_URL)
                .set(SYSTEM_REDIRECT_URL.SYSTEM_INTERNAL_ID, internalId)
                .set(SYSTEM_REDIRECT_URL.POSITION, 0)
                .set(SYSTEM_REDIRECT_URL.URL, "https://" + vendorOrgNumber + ".example/")
                .execute();
        return internalId;
    }

    /** The system ids the register holds, in order. */
    static List<String> systemIds(DSLContext dsl) {
        return new ArrayList<>(dsl.select(REGISTERED_SYSTEM.SYSTEM_ID)
                .from(REGISTERED_SYSTEM)
                .orderBy(REGISTERED_SYSTEM.SYSTEM_ID)
                .fetch(record -> record.value1()));
    }

    static int rows(DSLContext dsl, org.jooq.Table<?> table) {
        return dsl.fetchCount(table);
    }
}
