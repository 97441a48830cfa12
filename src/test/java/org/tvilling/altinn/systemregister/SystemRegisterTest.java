package org.tvilling.altinn.systemregister;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.ADMIN;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.ADMIN_CLIENT;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.APP;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.NUL;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.OTHER_PACKAGE;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.OTHER_RESOURCE;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.OTHER_VENDOR;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.OTHER_VENDOR_CLIENT;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.PACKAGE;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.RESOURCE;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.SEED_ACCESS_PACKAGE;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.SEED_APP_AND_RESOURCE;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.SYSTEM;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.SYSTEMS;
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
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.problem;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.request;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.right;
import static org.tvilling.altinn.systemregister.SystemRegisterFixtures.systemIds;
import static org.tvilling.db.altinn.Tables.MASKINPORTEN_CLIENT;
import static org.tvilling.db.altinn.Tables.REGISTERED_SYSTEM;
import static org.tvilling.db.altinn.Tables.SYSTEM_RIGHT;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.tvilling.ApiTest;
import org.tvilling.EdgeRequests;
import org.tvilling.contract.Answer;
import org.tvilling.contract.Covers;
import org.tvilling.contract.RawExchanges;
import org.tvilling.contract.fuzz.RawRequest;

/**
 * Opprett et nytt system i systemregister (CreateRegisteredSystem) and the vendor's other operations on its
 * systems: GetListOfRegisteredSystemsForVendor, GetRegisteredSystemInfo, UpdateWholeRegisteredSystem,
 * SetDeleteOnRegisteredSystem.
 */
class SystemRegisterTest extends ApiTest {

    private static final String TAKEN = VENDOR + "_taken";
    private static final String TAKEN_CLIENT = "c0ffee00-0000-4000-8000-000000000001";
    private static final String DELETED = VENDOR + "_deleted";
    private static final String DELETED_CLIENT = "c0ffee00-0000-4000-8000-000000000002";
    private static final String OTHERS = OTHER_VENDOR + "_others";
    private static final String OTHERS_CLIENT = "c0ffee00-0000-4000-8000-000000000003";

    @Autowired
    private JWKSource<SecurityContext> signingKeys;

    @BeforeEach
    void systems() {
        SystemRegisterFixtures.clear(dsl);
        insert(dsl, TAKEN, VENDOR, false, List.of(RESOURCE, APP), List.of(PACKAGE), List.of(TAKEN_CLIENT));
        insert(dsl, DELETED, VENDOR, true, List.of(RESOURCE), List.of(), List.of());
        insert(dsl, OTHERS, OTHER_VENDOR, false, List.of(OTHER_RESOURCE), List.of(), List.of(OTHERS_CLIENT));
    }

    private static String vendor() {
        return token(VENDOR_CLIENT, WRITE);
    }

    private static Response create(String token, Object body) {
        return as(token, body).post(SYSTEMS);
    }

    // CreateRegisteredSystem: the page's examples

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 200)
    void createRegisteredSystem_seedExampleWithAppAndResource_returns200WithTheInternalId() {
        Response response = create(vendor(), SEED_APP_AND_RESOURCE);

        response.then().statusCode(200).contentType(ContentType.JSON);
        UUID internalId = UUID.fromString(response.jsonPath().getString("$"));
        assertThat(dsl.select(REGISTERED_SYSTEM.SYSTEM_ID)
                        .from(REGISTERED_SYSTEM)
                        .where(REGISTERED_SYSTEM.INTERNAL_ID.eq(internalId))
                        .fetchSingle()
                        .value1())
                .isEqualTo("991825827_systemwithappandresource");

        as(vendor())
                .get(SYSTEM, "991825827_systemwithappandresource")
                .then()
                .statusCode(200)
                .body("id", is("991825827_systemwithappandresource"))
                .body("vendor.ID", is("0192:991825827"))
                .body("vendor", aMapWithSize(1))
                .body("name.nb", is("System med app og ressurs"))
                .body("name.en", is("System With App and Resource"))
                .body("name.nn", is("System med app og ressurs"))
                .body("description.en", is("Test system with app and resource"))
                .body("rights.resource.value", contains(List.of(APP), List.of(RESOURCE)))
                .body("rights[0].resource[0].id", is("urn:altinn:resource"))
                .body("accessPackages", empty())
                .body("isDeleted", is(false))
                .body("clientId", contains("087fc0e3-674f-4eaa-aea2-75e3369463e5"))
                .body("isVisible", is(true))
                .body("allowedRedirectUrls", contains("https://vg.no/", "https://nrk.no/", "https://altinn.no/"));
    }

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 200)
    void createRegisteredSystem_seedExampleWithAccessPackage_returns200() {
        create(vendor(), SEED_ACCESS_PACKAGE).then().statusCode(200);

        as(vendor())
                .get(SYSTEM, "991825827_systemwithaccesspackageandresource")
                .then()
                .statusCode(200)
                .body("name.nb", is("The Matrix"))
                .body("accessPackages.urn", contains("urn:altinn:accesspackage:skattnaering"))
                .body("rights.resource.value", contains(List.of(RESOURCE)))
                .body("clientId", contains("32ef65ac-6e62-498d-880f-76c85c2052ae"));
    }

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 200)
    void createRegisteredSystem_onlyTheRequiredMembers_returns200WithTheDefaults() {
        Map<String, Object> minimal = new LinkedHashMap<>(request(VENDOR + "_minimal", VENDOR));
        minimal.keySet().retainAll(List.of("id", "vendor", "name", "description"));

        create(vendor(), minimal).then().statusCode(200);

        as(vendor())
                .get(SYSTEM, VENDOR + "_minimal")
                .then()
                .statusCode(200)
                .body("rights", empty())
                .body("accessPackages", empty())
                .body("clientId", empty())
                .body("allowedRedirectUrls", empty())
                .body("isVisible", is(true));
    }

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 200)
    void createRegisteredSystem_idAndVendorWithSurroundingSpaces_returns200AndStoresThemTrimmed() {
        Map<String, Object> body = request(VENDOR + "_trimmed", VENDOR);
        body.put("id", "  " + VENDOR + "_trimmed ");
        body.put("vendor", Map.of("ID", " 0192:" + VENDOR + " "));
        body.put("isVisible", false);

        create(vendor(), body).then().statusCode(200);

        assertThat(systemIds(dsl)).contains(VENDOR + "_trimmed");
        as(vendor()).get(SYSTEM, VENDOR + "_trimmed").then().statusCode(200).body("isVisible", is(false));
    }

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 200)
    void createRegisteredSystem_clientRelationAccessPackage_returns200() {
        Map<String, Object> body = request(VENDOR + "_regnskap", VENDOR);
        body.put(
                "accessPackages",
                List.of(
                        accessPackage("urn:altinn:accesspackage:regnskapsforer-lonn"),
                        accessPackage("urn:altinn:accesspackage:ansvarlig-revisor"),
                        accessPackage("urn:altinn:accesspackage:forretningsforer-eiendom")));

        assertCreated(create(vendor(), body), VENDOR + "_regnskap");
        as(vendor())
                .get(SYSTEM, VENDOR + "_regnskap")
                .then()
                .statusCode(200)
                .body(
                        "accessPackages.urn",
                        contains(
                                "urn:altinn:accesspackage:regnskapsforer-lonn",
                                "urn:altinn:accesspackage:ansvarlig-revisor",
                                "urn:altinn:accesspackage:forretningsforer-eiendom"));
    }

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 200)
    void createRegisteredSystem_clientIdOfADeletedSystem_returns200() {
        as(vendor()).delete(SYSTEM, TAKEN).then().statusCode(200);
        Map<String, Object> body = request(VENDOR + "_reuses", VENDOR);
        body.put("clientId", List.of(TAKEN_CLIENT));

        UUID internalId = assertCreated(create(vendor(), body), VENDOR + "_reuses");
        assertThat(dsl.select(MASKINPORTEN_CLIENT.SYSTEM_INTERNAL_ID)
                        .from(MASKINPORTEN_CLIENT)
                        .where(MASKINPORTEN_CLIENT.CLIENT_ID.eq(TAKEN_CLIENT))
                        .fetchSingle()
                        .value1())
                .isEqualTo(internalId);
        as(vendor()).get(SYSTEM, VENDOR + "_reuses").then().body("clientId", contains(TAKEN_CLIENT));
    }

    /** A create's answer: 200 with the new system's internal id as a JSON string, the id of the stored row. */
    private UUID assertCreated(Response response, String systemId) {
        response.then().statusCode(200).contentType(ContentType.JSON);
        UUID internalId = UUID.fromString(response.jsonPath().getString("$"));
        assertThat(dsl.select(REGISTERED_SYSTEM.SYSTEM_ID)
                        .from(REGISTERED_SYSTEM)
                        .where(REGISTERED_SYSTEM.INTERNAL_ID.eq(internalId))
                        .fetchSingle()
                        .value1())
                .isEqualTo(systemId);
        return internalId;
    }

    // CreateRegisteredSystem: AUTH.VLD, one at a time

    @ParameterizedTest
    @ValueSource(strings = {"0198:991825827", "991825827", "0192", "0192:", "9908:991825827", "0192991825827"})
    @Covers(operation = "CreateRegisteredSystem", status = 400, code = "AUTH.VLD-00000")
    void createRegisteredSystem_vendorNotAn0192Identifier_returns400With00000Alone(String vendorId) {
        Map<String, Object> body = request("974761076_wrong", VENDOR);
        body.put("vendor", Map.of("authority", "iso6523-actorid-upis", "ID", vendorId));
        body.put("allowedredirecturls", List.of("vg.no"));
        body.put("rights", List.of(right("no-such-resource")));

        oneValidationError(
                        create(vendor(), body),
                        "AUTH.VLD-00000",
                        "the org number identifier is not valid ISO6523 identifier",
                        "/registersystemrequest/vendor/id")
                .contentType("application/problem+json")
                .body("type", is("https://tools.ietf.org/html/rfc9110#section-15.5.1"))
                .body("title", is("Bad Request"))
                .body("status", is(400))
                .body("detail", is("One or more validation errors occurred."))
                .body("code", is("STD-00000"));
        assertThat(systemIds(dsl)).containsExactly(OTHERS, DELETED, TAKEN);
    }

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 400, code = "AUTH.VLD-00000")
    void createRegisteredSystem_invalidVendorOfAnotherOrganisation_returns400With00000BeforeTheOwnership() {
        Map<String, Object> body = request(OTHER_VENDOR + "_x", OTHER_VENDOR);
        body.put("vendor", Map.of("ID", "0198:" + OTHER_VENDOR));

        assertThat(codes(create(vendor(), body))).containsExactly("AUTH.VLD-00000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"974761076_system", "991825827x_system", "_991825827_system", "0192:991825827_x"})
    @Covers(operation = "CreateRegisteredSystem", status = 400, code = "AUTH.VLD-00001")
    void createRegisteredSystem_systemIdNotStartingWithTheOrgNumber_returns400With00001(String systemId) {
        oneValidationError(
                create(vendor(), request(systemId, VENDOR)),
                "AUTH.VLD-00001",
                "The system id does not match the format orgnumber_xxxx…",
                "/registersystemrequest/systemid");
    }

    @ParameterizedTest
    @ValueSource(strings = {TAKEN, DELETED})
    @Covers(operation = "CreateRegisteredSystem", status = 400, code = "AUTH.VLD-00002")
    void createRegisteredSystem_systemIdTakenAlsoByADeletedSystem_returns400With00002(String systemId) {
        oneValidationError(
                create(vendor(), request(systemId, VENDOR)),
                "AUTH.VLD-00002",
                "The system id already exists",
                "/registersystemrequest/systemid");
    }

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 400, code = "AUTH.VLD-00003")
    void createRegisteredSystem_resourceNotInTheResourceRegister_returns400With00003NamingIt() {
        Map<String, Object> body = request(VENDOR + "_unknown", VENDOR);
        body.put("rights", List.of(right(RESOURCE), right("app_ttd_finnes-ikke"), right("ske-finnes-ikke")));

        oneValidationError(
                        create(vendor(), body),
                        "AUTH.VLD-00003",
                        "One or all the resources in rights is not found in altinn’s resource register",
                        "/registersystemrequest/rights/resource")
                .body("validationErrors[0].'ResourceIds Not Found : '", is("app_ttd_finnes-ikke | ske-finnes-ikke"));
    }

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 400, code = "AUTH.VLD-00003")
    void createRegisteredSystem_resourceNamedByAnotherAttribute_returns400With00003() {
        Map<String, Object> body = request(VENDOR + "_attribute", VENDOR);
        body.put("rights", List.of(Map.of("resource", List.of(Map.of("id", "urn:altinn:app", "value", RESOURCE)))));

        oneValidationError(
                        create(vendor(), body),
                        "AUTH.VLD-00003",
                        "One or all the resources in rights is not found in altinn’s resource register",
                        "/registersystemrequest/rights/resource")
                .body("validationErrors[0].'ResourceIds Not Found : '", is(RESOURCE));
    }

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 400, code = "AUTH.VLD-00004")
    void createRegisteredSystem_clientIdOfAnotherSystem_returns400With00004() {
        Map<String, Object> body = request(VENDOR + "_client", VENDOR);
        body.put("clientId", List.of(UUID.randomUUID().toString(), OTHERS_CLIENT));

        oneValidationError(
                create(vendor(), body),
                "AUTH.VLD-00004",
                "One of the client id is already tagged with an existing system",
                "/registersystemrequest/clientid");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "vg.no",
                "http://vg.no",
                "https://",
                "https:/callback",
                "https:vg.no",
                "ftp://vg.no",
                "https://vg .no",
                "/callback",
                ""
            })
    @Covers(operation = "CreateRegisteredSystem", status = 400, code = "AUTH.VLD-00005")
    void createRegisteredSystem_redirectUrlNotAbsoluteHttps_returns400With00005(String url) {
        Map<String, Object> body = request(VENDOR + "_url", VENDOR);
        body.put("allowedredirecturls", List.of("https://vg.no", url));

        oneValidationError(
                create(vendor(), body),
                "AUTH.VLD-00005",
                "One or more of the redirect urls format is not valid. The valid format is https://xxx.xx",
                "/registersystemrequest/allowedredirecturls");
    }

    /**
     * AUTH.VLD-00005 asks for an absolute https URL and nothing more: hosts that java.net.URI cannot parse as
     * a server name (international names, underscores) pass, and the scheme's case does not matter.
     */
    @ParameterizedTest
    @CsvSource({
        "https://blåbær.no/cb, https://blåbær.no/cb",
        "https://my_app.example.com, https://my_app.example.com/",
        "HTTPS://vg.no/cb, HTTPS://vg.no/cb"
    })
    @Covers(operation = "CreateRegisteredSystem", status = 200)
    void createRegisteredSystem_redirectUrlAbsoluteHttpsWithAnyAuthority_returns200AndStoresIt(
            String url, String stored) {
        Map<String, Object> body = request(VENDOR + "_url", VENDOR);
        body.put("allowedredirecturls", List.of(url));

        create(vendor(), body).then().statusCode(200);

        as(vendor()).get(SYSTEM, VENDOR + "_url").then().statusCode(200).body("allowedRedirectUrls", contains(stored));
    }

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 400, code = "AUTH.VLD-00006")
    void createRegisteredSystem_sameRightTwice_returns400With00006() {
        Map<String, Object> body = request(VENDOR + "_twice", VENDOR);
        body.put("rights", List.of(right(RESOURCE), right(APP), right(RESOURCE)));

        oneValidationError(
                create(vendor(), body),
                "AUTH.VLD-00006",
                "One or more duplicate rights found",
                "/registersystemrequest/rights/resource");
    }

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 400, code = "AUTH.VLD-00007")
    void createRegisteredSystem_sameAccessPackageTwice_returns400With00007() {
        Map<String, Object> body = request(VENDOR + "_packages", VENDOR);
        body.put(
                "accessPackages",
                List.of(accessPackage(PACKAGE), accessPackage(OTHER_PACKAGE), accessPackage(PACKAGE)));

        oneValidationError(
                create(vendor(), body),
                "AUTH.VLD-00007",
                "One or more duplicate access package(s) found",
                "/registersystemrequest/accesspackages");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "urn:altinn:accesspackage:finnes-ikke|Not found: urn:altinn:accesspackage:finnes-ikke",
                "urn:altinn:accesspackage:klientadministrator|Not delegable: urn:altinn:accesspackage:klientadministrator",
                "urn:altinn:accesspackage:eksplisitt|Not delegable: urn:altinn:accesspackage:eksplisitt",
                "skatt-naering|Invalid format: skatt-naering",
                "urn:altinn:skatt-naering|Invalid format: urn:altinn:skatt-naering"
            })
    @Covers(operation = "CreateRegisteredSystem", status = 400, code = "AUTH.VLD-00008")
    void createRegisteredSystem_accessPackageUnknownOrNotDelegable_returns400With00008(String urnAndDetail) {
        String[] parts = urnAndDetail.split("\\|");
        Map<String, Object> body = request(VENDOR + "_package", VENDOR);
        body.put("accessPackages", List.of(accessPackage(PACKAGE), accessPackage(parts[0])));

        oneValidationError(
                        create(vendor(), body),
                        "AUTH.VLD-00008",
                        "One or all the accesspackage(s) is not found in altinn’s access packages or is not a"
                                + " part of REGN/REVI/Forretningsfører roller",
                        "/registersystemrequest/accesspackages")
                .body("validationErrors[0].'Invalid Urn Details : '", is(parts[1]));
    }

    // CreateRegisteredSystem: several at once

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 400, code = "AUTH.VLD-00001")
    @Covers(operation = "CreateRegisteredSystem", status = 400, code = "AUTH.VLD-00002")
    @Covers(operation = "CreateRegisteredSystem", status = 400, code = "AUTH.VLD-00003")
    @Covers(operation = "CreateRegisteredSystem", status = 400, code = "AUTH.VLD-00004")
    @Covers(operation = "CreateRegisteredSystem", status = 400, code = "AUTH.VLD-00005")
    @Covers(operation = "CreateRegisteredSystem", status = 400, code = "AUTH.VLD-00006")
    @Covers(operation = "CreateRegisteredSystem", status = 400, code = "AUTH.VLD-00007")
    @Covers(operation = "CreateRegisteredSystem", status = 400, code = "AUTH.VLD-00008")
    void createRegisteredSystem_everyRuleBroken_returns400WithAllEightInTheServicesOrder() {
        Map<String, Object> body = request(OTHERS, VENDOR);
        body.put("allowedredirecturls", List.of("http://vg.no"));
        body.put("clientId", List.of(TAKEN_CLIENT));
        body.put("rights", List.of(right("finnes-ikke"), right(RESOURCE), right(RESOURCE)));
        body.put(
                "accessPackages",
                List.of(
                        accessPackage("urn:altinn:accesspackage:hovedadministrator"),
                        accessPackage("urn:altinn:accesspackage:finnes-ikke"),
                        accessPackage(PACKAGE),
                        accessPackage(PACKAGE)));

        Response response = create(vendor(), body);

        assertThat(codes(response))
                .containsExactly(
                        "AUTH.VLD-00001",
                        "AUTH.VLD-00002",
                        "AUTH.VLD-00005",
                        "AUTH.VLD-00004",
                        "AUTH.VLD-00003",
                        "AUTH.VLD-00006",
                        "AUTH.VLD-00008",
                        "AUTH.VLD-00007");
        response.then()
                .body(
                        "validationErrors.paths.flatten()",
                        contains(
                                "/registersystemrequest/systemid",
                                "/registersystemrequest/systemid",
                                "/registersystemrequest/allowedredirecturls",
                                "/registersystemrequest/clientid",
                                "/registersystemrequest/rights/resource",
                                "/registersystemrequest/rights/resource",
                                "/registersystemrequest/accesspackages",
                                "/registersystemrequest/accesspackages"))
                .body(
                        "validationErrors[6].'Invalid Urn Details : '",
                        is("Not found: urn:altinn:accesspackage:finnes-ikke"
                                + " | Not delegable: urn:altinn:accesspackage:hovedadministrator"));
        assertThat(systemIds(dsl)).containsExactly(OTHERS, DELETED, TAKEN);
    }

    // CreateRegisteredSystem: a body that cannot be bound (the errors form)

    @ParameterizedTest
    @ValueSource(strings = {"id", "vendor", "name", "description"})
    void createRegisteredSystem_requiredMemberMissing_returns400WithItInErrors(String member) {
        Map<String, Object> body = request(VENDOR + "_missing", VENDOR);
        body.remove(member);

        create(vendor(), body)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", is("https://tools.ietf.org/html/rfc9110#section-15.5.1"))
                .body("title", is("One or more validation errors occurred."))
                .body("status", is(400))
                .body("errors", aMapWithSize(1))
                .body("errors.'$." + member + "'", contains("The " + member + " field is required."))
                .body("validationErrors", is((Object) null));
        assertThat(systemIds(dsl)).containsExactly(OTHERS, DELETED, TAKEN);
    }

    @Test
    void createRegisteredSystem_languagesMissing_returns400NamingEachInErrors() {
        Map<String, Object> body = request(VENDOR + "_languages", VENDOR);
        body.put("name", Map.of("nb", "Navn", "en", "Name"));
        body.put("description", Map.of("nn", "Skildring"));
        body.put("vendor", Map.of("authority", "iso6523-actorid-upis"));

        create(vendor(), body)
                .then()
                .statusCode(400)
                .body("errors", aMapWithSize(4))
                .body("errors.'$.name.nn'", contains("The nn field is required."))
                .body("errors.'$.description.nb'", contains("The nb field is required."))
                .body("errors.'$.description.en'", contains("The en field is required."))
                .body("errors.'$.vendor.ID'", contains("The ID field is required."));
    }

    @Test
    void createRegisteredSystem_resourceWithoutValue_returns400NamingItInErrors() {
        Map<String, Object> body = request(VENDOR + "_value", VENDOR);
        body.put("rights", List.of(right(RESOURCE), Map.of("resource", List.of(Map.of("id", "urn:altinn:resource")))));

        create(vendor(), body)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors", aMapWithSize(1))
                .body("errors.'$.rights[1].resource[0].value'", contains("The value field is required."));
    }

    @Test
    void createRegisteredSystem_systemIdLongerThan255_returns400NamingItInErrors() {
        String id = VENDOR + "_" + "x".repeat(250);
        create(vendor(), request(id, VENDOR))
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors", aMapWithSize(1))
                .body("errors.'$.id'", contains("The field id is invalid: size must be between 0 and 255."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"id\": ", "not json at all", "[1, 2]", "{\"id\": \"991825827_x\",}"})
    void createRegisteredSystem_malformedBody_returns400WithErrors(String body) {
        create(vendor(), body)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", is("One or more validation errors occurred."))
                .body("errors", aMapWithSize(1))
                .body("errors.keySet()[0]", startsWith("$"));
    }

    @Test
    void createRegisteredSystem_isVisibleNotABoolean_returns400NamingItInErrors() {
        Map<String, Object> body = request(VENDOR + "_visible", VENDOR);
        body.put("isVisible", Map.of("yes", true));

        create(vendor(), body)
                .then()
                .statusCode(400)
                .body("errors.'$.isVisible'", contains("The JSON value could not be converted."));
    }

    @Test
    void createRegisteredSystem_noBody_returns400WithErrors() {
        given().header("Authorization", bearer(vendor()))
                .contentType(ContentType.JSON)
                .post(SYSTEMS)
                .then()
                .statusCode(400)
                .body("errors.'$'", contains("A non-empty request body is required."));
    }

    @Test
    void createRegisteredSystem_nullClientId_returns400NamingItInErrors() {
        Map<String, Object> body = request(VENDOR + "_null", VENDOR);
        List<Object> clientIds = new ArrayList<>();
        clientIds.add(UUID.randomUUID().toString());
        clientIds.add(null);
        body.put("clientId", clientIds);

        create(vendor(), body)
                .then()
                .statusCode(400)
                .body("errors.'$.clientId[1]'", contains("The value must not be null."));
        assertThat(systemIds(dsl)).containsExactly(OTHERS, DELETED, TAKEN);
    }

    /**
     * A string holding U+0000 is valid JSON but no PostgreSQL text: the body cannot be bound, so it is the
     * errors form naming the member, and nothing is stored.
     */
    @ParameterizedTest
    @ValueSource(strings = {"id", "name.nb", "rights[0].resource[0].value"})
    void createRegisteredSystem_nulCharacterInAString_returns400NamingItInErrors(String member) {
        Map<String, Object> body = request(VENDOR + "_nul", VENDOR);
        switch (member) {
            case "id" -> body.put("id", VENDOR + "_n" + NUL + "ul");
            case "name.nb" -> body.put("name", Map.of("nb", "Na" + NUL + "vn", "en", "Name", "nn", "Namn"));
            default -> body.put("rights", List.of(right("ske-krav" + NUL + "-og-betalinger")));
        }

        create(vendor(), body)
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("title", is("One or more validation errors occurred."))
                .body("errors", aMapWithSize(1))
                .body("errors.'$." + member + "'", contains("The JSON value could not be converted."))
                .body("validationErrors", is((Object) null));
        assertThat(systemIds(dsl)).containsExactly(OTHERS, DELETED, TAKEN);
    }

    // CreateRegisteredSystem: authentication and ownership

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 401)
    void createRegisteredSystem_noToken_returns401WithTheBearerChallengeAndNoBody() {
        given().contentType(ContentType.JSON)
                .body(SEED_APP_AND_RESOURCE)
                .post(SYSTEMS)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body(emptyString());
    }

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 401)
    void createRegisteredSystem_expiredToken_returns401() {
        String expired = mint(Instant.now().minus(2, ChronoUnit.HOURS), WRITE, consumer(VENDOR));
        create(expired, SEED_APP_AND_RESOURCE)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer error=\"invalid_token\""))
                .body(emptyString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "star", "similar"})
    @Covers(operation = "CreateRegisteredSystem", status = 403)
    void createRegisteredSystem_tokenWithoutTheWriteOrAdminScope_returns403WithNoBody(String kind) {
        String token = switch (kind) {
            case "none" -> token(VENDOR_CLIENT);
            case "star" -> token("star-system", "virksomhedsindsats.login.write");
            default ->
                mint(
                        Instant.now(),
                        "altinn:authentication/systemregister altinn:authentication/systemregister.read",
                        consumer(VENDOR));
        };

        create(token, SEED_APP_AND_RESOURCE).then().statusCode(403).body(emptyString());
        assertThat(systemIds(dsl)).containsExactly(OTHERS, DELETED, TAKEN);
    }

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 403)
    void createRegisteredSystem_writeTokenOfAnotherOrganisation_returns403WithNoBodyAndStoresNothing() {
        create(token(OTHER_VENDOR_CLIENT, WRITE), SEED_APP_AND_RESOURCE)
                .then()
                .statusCode(403)
                .body(emptyString());
        assertThat(systemIds(dsl)).containsExactly(OTHERS, DELETED, TAKEN);
    }

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 403)
    void createRegisteredSystem_anotherOrganisationsRequestWithValidationErrors_returns403BeforeThem() {
        Map<String, Object> body = request(TAKEN, VENDOR);
        body.put("allowedredirecturls", List.of("vg.no"));

        create(token(OTHER_VENDOR_CLIENT, WRITE), body).then().statusCode(403).body(emptyString());
    }

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 403)
    void createRegisteredSystem_writeTokenWithoutConsumer_returns403() {
        create(mint(Instant.now(), WRITE, null), SEED_APP_AND_RESOURCE)
                .then()
                .statusCode(403)
                .body(emptyString());
        assertThat(systemIds(dsl)).containsExactly(OTHERS, DELETED, TAKEN);
    }

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 200)
    void createRegisteredSystem_adminForAnotherOrganisation_returns200() {
        create(token(ADMIN_CLIENT, ADMIN), request(OTHER_VENDOR + "_by_admin", OTHER_VENDOR))
                .then()
                .statusCode(200);
        as(token(OTHER_VENDOR_CLIENT, WRITE))
                .get(SYSTEM, OTHER_VENDOR + "_by_admin")
                .then()
                .statusCode(200)
                .body("vendor.ID", is("0192:" + OTHER_VENDOR));
    }

    /** Altinn's exchanged tokens carry the consumer as a JSON string rather than an object. */
    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 200)
    void createRegisteredSystem_consumerClaimAsAJsonString_returns200() {
        String token = mint(Instant.now(), WRITE, json(consumer(VENDOR)));
        create(token, request(VENDOR + "_string_consumer", VENDOR)).then().statusCode(200);
        create(token, request(OTHER_VENDOR + "_string_consumer", OTHER_VENDOR))
                .then()
                .statusCode(403);
    }

    // CreateRegisteredSystem: uniqueness

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 409)
    void createRegisteredSystem_sameClientIdTwiceInTheRequest_returns409AndStoresNothing() {
        Map<String, Object> body = request(VENDOR + "_twice_client", VENDOR);
        String clientId = UUID.randomUUID().toString();
        body.put("clientId", List.of(clientId, clientId));

        create(vendor(), body)
                .then()
                .statusCode(409)
                .contentType(ContentType.TEXT)
                .body(is("The System already exist: " + VENDOR + "_twice_client"));
        assertThat(systemIds(dsl)).containsExactly(OTHERS, DELETED, TAKEN);
    }

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 200)
    @Covers(operation = "CreateRegisteredSystem", status = 400, code = "AUTH.VLD-00002")
    void createRegisteredSystem_oneSystemIdConcurrently_returns200ExactlyOnce() throws Exception {
        String systemId = VENDOR + "_race";
        List<Response> responses = concurrently(8, caller -> request(systemId, VENDOR));

        assertThat(responses)
                .filteredOn(response -> response.statusCode() == 200)
                .hasSize(1);
        assertThat(responses)
                .filteredOn(response -> response.statusCode() != 200)
                .hasSize(7)
                .allSatisfy(response -> assertThat(codes(response)).containsExactly("AUTH.VLD-00002"));
        assertThat(systemIds(dsl)).containsOnlyOnce(systemId);
    }

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 200)
    @Covers(operation = "CreateRegisteredSystem", status = 400, code = "AUTH.VLD-00004")
    void createRegisteredSystem_oneClientIdConcurrently_returns200ExactlyOnceAndNoHalfStoredSystem() throws Exception {
        String clientId = UUID.randomUUID().toString();
        List<Response> responses = concurrently(8, caller -> {
            Map<String, Object> body = request(VENDOR + "_client_race_" + caller, VENDOR);
            body.put("clientId", List.of(clientId));
            return body;
        });

        assertThat(responses)
                .filteredOn(response -> response.statusCode() == 200)
                .hasSize(1);
        assertThat(responses)
                .filteredOn(response -> response.statusCode() != 200)
                .hasSize(7)
                .allSatisfy(response -> assertThat(codes(response)).containsExactly("AUTH.VLD-00004"));
        assertThat(systemIds(dsl))
                .filteredOn(id -> id.contains("_client_race_"))
                .hasSize(1);
        assertThat(dsl.fetchCount(SYSTEM_RIGHT)).isEqualTo(2 + 1 + 1 + 1);
        assertThat(dsl.fetchCount(MASKINPORTEN_CLIENT)).isEqualTo(3);
    }

    private List<Response> concurrently(int callers, IntFunction<Map<String, Object>> body) throws Exception {
        String token = vendor();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(callers)) {
            for (int i = 0; i < callers; i++) {
                String json = json(body.apply(i));
                futures.add(pool.submit(() -> {
                    start.await();
                    return create(token, json);
                }));
            }
            start.countDown();
        }
        List<Response> responses = new ArrayList<>();
        for (Future<Response> future : futures) {
            responses.add(future.get());
        }
        return responses;
    }

    // GetListOfRegisteredSystemsForVendor

    @Test
    @Covers(operation = "GetListOfRegisteredSystemsForVendor", status = 200)
    void getListOfRegisteredSystemsForVendor_vendor_returns200WithItsSystemsThatAreNotDeleted() {
        insert(dsl, VENDOR + "_another", VENDOR, false, List.of(), List.of(OTHER_PACKAGE), List.of());

        as(vendor())
                .get(SYSTEMS)
                .then()
                .statusCode(200)
                .body("systemId", contains(VENDOR + "_another", TAKEN))
                .body("[1].systemVendorOrgNumber", is(VENDOR))
                .body("[1].systemVendorOrgName", is("Digitaliseringsdirektoratet"))
                .body("[1].name.nb", is("Navn " + TAKEN))
                .body("[1].description.nn", is("Skildring"))
                .body("[1].rights.resource.value", contains(List.of(RESOURCE), List.of(APP)))
                .body("[1].accessPackages.urn", contains(PACKAGE))
                .body("[1].isVisible", is(true))
                .body("[0].accessPackages.urn", contains(OTHER_PACKAGE));
        as(token(OTHER_VENDOR_CLIENT, WRITE))
                .get(SYSTEMS)
                .then()
                .statusCode(200)
                .body("systemId", contains(OTHERS));
    }

    @Test
    @Covers(operation = "GetListOfRegisteredSystemsForVendor", status = 200)
    void getListOfRegisteredSystemsForVendor_vendorWithoutSystems_returns200WithAnEmptyList() {
        as(mint(Instant.now(), WRITE, consumer("889640782")))
                .get(SYSTEMS)
                .then()
                .statusCode(200)
                .body("$", empty());
    }

    @Test
    @Covers(operation = "GetListOfRegisteredSystemsForVendor", status = 401)
    void getListOfRegisteredSystemsForVendor_noToken_returns401() {
        given().get(SYSTEMS).then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
    }

    @Test
    @Covers(operation = "GetListOfRegisteredSystemsForVendor", status = 403)
    void getListOfRegisteredSystemsForVendor_noConsumerClaim_returns403() {
        as(mint(Instant.now(), ADMIN, null)).get(SYSTEMS).then().statusCode(403).body(emptyString());
        as(mint(Instant.now(), WRITE, Map.of("authority", "other", "ID", "0192:" + VENDOR)))
                .get(SYSTEMS)
                .then()
                .statusCode(403);
        as(token(VENDOR_CLIENT)).get(SYSTEMS).then().statusCode(403);
    }

    // GetRegisteredSystemInfo

    @Test
    @Covers(operation = "GetRegisteredSystemInfo", status = 200)
    void getRegisteredSystemInfo_ownSystem_returns200WithTheWholeSystem() {
        as(vendor())
                .get(SYSTEM, TAKEN)
                .then()
                .statusCode(200)
                .body("id", is(TAKEN))
                .body("vendor.ID", is("0192:" + VENDOR))
                .body("name.en", is("Name " + TAKEN))
                .body("description.nb", is("Beskrivelse"))
                .body("rights.resource.value", contains(List.of(RESOURCE), List.of(APP)))
                .body("accessPackages.urn", contains(PACKAGE))
                .body("isDeleted", is(false))
                .body("clientId", contains(TAKEN_CLIENT))
                .body("isVisible", is(true))
                .body("allowedRedirectUrls", contains("https://" + VENDOR + ".example/"));
    }

    @Test
    @Covers(operation = "GetRegisteredSystemInfo", status = 200)
    void getRegisteredSystemInfo_deletedSystem_returns200WithIsDeleted() {
        as(vendor()).get(SYSTEM, DELETED).then().statusCode(200).body("isDeleted", is(true));
    }

    @Test
    @Covers(operation = "GetRegisteredSystemInfo", status = 200)
    void getRegisteredSystemInfo_adminForAnotherOrganisationsSystem_returns200() {
        as(token(ADMIN_CLIENT, ADMIN))
                .get(SYSTEM, OTHERS)
                .then()
                .statusCode(200)
                .body("id", is(OTHERS));
    }

    @Test
    @Covers(operation = "GetRegisteredSystemInfo", status = 404)
    void getRegisteredSystemInfo_unknownSystem_returns404() {
        notFound(as(vendor()).get(SYSTEM, VENDOR + "_unknown"), VENDOR + "_unknown")
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("title", is("Not Found"));
    }

    /** A system id is at most 255 characters long (the request's maxLength), so a longer one is no system. */
    @Test
    @Covers(operation = "GetRegisteredSystemInfo", status = 404)
    void getRegisteredSystemInfo_systemIdLongerThan255_returns404() {
        String id = VENDOR + "_" + "x".repeat(250);
        notFound(as(vendor()).get(SYSTEM, id), id).contentType("application/problem+json");
    }

    /**
     * Tomcat refuses U+0000 in a request path itself, before any filter or handler, so no system id holding it
     * reaches the register or the database; the platform answers its refusal as the register's 400 (issue 9).
     */
    @Test
    @Covers(operation = "GetRegisteredSystemInfo", status = 400)
    @Covers(operation = "SetDeleteOnRegisteredSystem", status = 400)
    void getAndDelete_nulCharacterInTheSystemId_returns400ProblemBeforeTheRegister() {
        for (String method : List.of("GET", "DELETE")) {
            problem(as(vendor()).urlEncodingEnabled(false).request(method, SYSTEMS + "/" + VENDOR + "_%00"), 400)
                    .body("detail", is("The request could not be read."));
        }
        assertThat(systemIds(dsl)).containsExactly(OTHERS, DELETED, TAKEN);
    }

    @Test
    @Covers(operation = "GetRegisteredSystemInfo", status = 403)
    void getRegisteredSystemInfo_anotherOrganisationsSystem_returns403() {
        as(vendor()).get(SYSTEM, OTHERS).then().statusCode(403).body(emptyString());
    }

    @Test
    @Covers(operation = "GetRegisteredSystemInfo", status = 401)
    void getRegisteredSystemInfo_noToken_returns401() {
        given().get(SYSTEM, TAKEN)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body(emptyString());
    }

    // UpdateWholeRegisteredSystem

    private static Response update(String token, String systemId, Object body) {
        return as(token, body).put(SYSTEM, systemId);
    }

    @Test
    @Covers(operation = "UpdateWholeRegisteredSystem", status = 200)
    void updateWholeRegisteredSystem_ownSystem_returns200AndReplacesEverything() {
        Map<String, Object> body = request(TAKEN, VENDOR);
        String newClient = UUID.randomUUID().toString();
        body.put("name", Map.of("nb", "Nytt navn", "en", "New name", "nn", "Nytt namn"));
        body.put("rights", List.of(right(OTHER_RESOURCE)));
        body.put("accessPackages", List.of());
        body.put("clientId", List.of(TAKEN_CLIENT, newClient));
        body.put("allowedredirecturls", List.of("https://ny.example"));
        body.put("isVisible", false);

        update(vendor(), TAKEN, body).then().statusCode(200).body("succeeded", is(true));

        as(vendor())
                .get(SYSTEM, TAKEN)
                .then()
                .body("name.nn", is("Nytt namn"))
                .body("rights.resource.value", contains(List.of(OTHER_RESOURCE)))
                .body("accessPackages", empty())
                .body("clientId", contains(TAKEN_CLIENT, newClient))
                .body("allowedRedirectUrls", contains("https://ny.example/"))
                .body("isVisible", is(false));
    }

    @Test
    @Covers(operation = "UpdateWholeRegisteredSystem", status = 200)
    void updateWholeRegisteredSystem_admin_returns200() {
        update(token(ADMIN_CLIENT, ADMIN), OTHERS, request(OTHERS, OTHER_VENDOR))
                .then()
                .statusCode(200);
    }

    @Test
    @Covers(operation = "UpdateWholeRegisteredSystem", status = 404)
    void updateWholeRegisteredSystem_unknownSystem_returns404() {
        notFound(update(vendor(), VENDOR + "_unknown", request(VENDOR + "_unknown", VENDOR)), VENDOR + "_unknown");
    }

    @Test
    @Covers(operation = "UpdateWholeRegisteredSystem", status = 404)
    void updateWholeRegisteredSystem_bodyNamingAnotherVendor_returns404() {
        notFound(update(token(ADMIN_CLIENT, ADMIN), TAKEN, request(TAKEN, OTHER_VENDOR)), TAKEN)
                .contentType("application/problem+json");
        as(vendor()).get(SYSTEM, TAKEN).then().body("vendor.ID", is("0192:" + VENDOR));
    }

    @Test
    @Covers(operation = "UpdateWholeRegisteredSystem", status = 403)
    void updateWholeRegisteredSystem_anotherOrganisationsSystem_returns403AndChangesNothing() {
        update(vendor(), OTHERS, request(OTHERS, VENDOR)).then().statusCode(403).body(emptyString());
        as(token(OTHER_VENDOR_CLIENT, WRITE)).get(SYSTEM, OTHERS).then().body("clientId", contains(OTHERS_CLIENT));
    }

    @Test
    @Covers(operation = "UpdateWholeRegisteredSystem", status = 401)
    void updateWholeRegisteredSystem_noToken_returns401() {
        given().contentType(ContentType.JSON)
                .body(json(request(TAKEN, VENDOR)))
                .put(SYSTEM, TAKEN)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body(emptyString());
    }

    @Test
    @Covers(operation = "UpdateWholeRegisteredSystem", status = 400, code = "AUTH.VLD-00012")
    void updateWholeRegisteredSystem_idNotThePaths_returns400With00012Alone() {
        Map<String, Object> body = request(VENDOR + "_other", VENDOR);
        body.put("allowedredirecturls", List.of("vg.no"));

        oneValidationError(
                update(vendor(), TAKEN, body),
                "AUTH.VLD-00012",
                "The system ID in the request body does not match the system ID in the URL",
                "/registersystemrequest/systemid");
    }

    @Test
    void updateWholeRegisteredSystem_deletedSystem_returns400() {
        markedDeleted(update(vendor(), DELETED, request(DELETED, VENDOR)))
                .contentType("application/problem+json")
                .body("validationErrors", is((Object) null));
    }

    @Test
    void updateWholeRegisteredSystem_nameMissing_returns400WithErrors() {
        Map<String, Object> body = request(TAKEN, VENDOR);
        body.remove("name");
        update(vendor(), TAKEN, body)
                .then()
                .statusCode(400)
                .body("errors.'$.name'", contains("The name field is required."));
    }

    @Test
    @Covers(operation = "UpdateWholeRegisteredSystem", status = 400, code = "AUTH.VLD-00003")
    @Covers(operation = "UpdateWholeRegisteredSystem", status = 400, code = "AUTH.VLD-00004")
    @Covers(operation = "UpdateWholeRegisteredSystem", status = 400, code = "AUTH.VLD-00005")
    @Covers(operation = "UpdateWholeRegisteredSystem", status = 400, code = "AUTH.VLD-00006")
    @Covers(operation = "UpdateWholeRegisteredSystem", status = 400, code = "AUTH.VLD-00007")
    @Covers(operation = "UpdateWholeRegisteredSystem", status = 400, code = "AUTH.VLD-00008")
    @Covers(operation = "UpdateWholeRegisteredSystem", status = 400, code = "AUTH.VLD-00011")
    void updateWholeRegisteredSystem_everyRuleBroken_returns400WithAllAtOnceAndChangesNothing() {
        Map<String, Object> body = request(TAKEN, VENDOR);
        body.put("rights", List.of(right("finnes-ikke"), right(RESOURCE), right(RESOURCE)));
        body.put(
                "accessPackages",
                List.of(
                        accessPackage("urn:altinn:accesspackage:eksplisitt"),
                        accessPackage(PACKAGE),
                        accessPackage(PACKAGE)));
        body.put("allowedredirecturls", List.of("http://vg.no"));
        body.put("clientId", List.of(TAKEN_CLIENT, TAKEN_CLIENT.toUpperCase(), OTHERS_CLIENT));

        assertThat(codes(update(vendor(), TAKEN, body)))
                .containsExactly(
                        "AUTH.VLD-00003",
                        "AUTH.VLD-00006",
                        "AUTH.VLD-00008",
                        "AUTH.VLD-00007",
                        "AUTH.VLD-00005",
                        "AUTH.VLD-00011",
                        "AUTH.VLD-00004");
        as(vendor())
                .get(SYSTEM, TAKEN)
                .then()
                .body("clientId", contains(TAKEN_CLIENT))
                .body("name.nb", is("Navn " + TAKEN));
    }

    @Test
    @Covers(operation = "UpdateWholeRegisteredSystem", status = 400, code = "AUTH.VLD-00004")
    void updateWholeRegisteredSystem_clientIdOfAnotherSystem_returns400With00004() {
        Map<String, Object> body = request(TAKEN, VENDOR);
        body.put("clientId", List.of(OTHERS_CLIENT));
        assertThat(codes(update(vendor(), TAKEN, body))).containsExactly("AUTH.VLD-00004");
    }

    // SetDeleteOnRegisteredSystem

    @Test
    @Covers(operation = "SetDeleteOnRegisteredSystem", status = 200)
    void setDeleteOnRegisteredSystem_ownSystem_returns200KeepsItReadableAndFreesItsClientIds() {
        as(vendor()).delete(SYSTEM, TAKEN).then().statusCode(200).body("succeeded", is(true));

        as(vendor())
                .get(SYSTEM, TAKEN)
                .then()
                .statusCode(200)
                .body("isDeleted", is(true))
                .body("clientId", empty());
        as(vendor()).get(SYSTEMS).then().body("systemId", empty());
        Map<String, Object> reuse = request(VENDOR + "_after_delete", VENDOR);
        reuse.put("clientId", List.of(TAKEN_CLIENT));
        create(vendor(), reuse).then().statusCode(200);
        assertThat(codes(create(vendor(), request(TAKEN, VENDOR)))).containsExactly("AUTH.VLD-00002");
    }

    @Test
    @Covers(operation = "SetDeleteOnRegisteredSystem", status = 200)
    void setDeleteOnRegisteredSystem_deletedSystem_returns200() {
        as(vendor()).delete(SYSTEM, DELETED).then().statusCode(200).body("succeeded", is(true));
    }

    @Test
    @Covers(operation = "SetDeleteOnRegisteredSystem", status = 404)
    void setDeleteOnRegisteredSystem_unknownSystem_returns404() {
        notFound(as(vendor()).delete(SYSTEM, VENDOR + "_unknown"), VENDOR + "_unknown");
    }

    @Test
    @Covers(operation = "SetDeleteOnRegisteredSystem", status = 404)
    void setDeleteOnRegisteredSystem_systemIdLongerThan255_returns404() {
        String id = VENDOR + "_" + "x".repeat(250);
        notFound(as(vendor()).delete(SYSTEM, id), id).contentType("application/problem+json");
        assertThat(systemIds(dsl)).containsExactly(OTHERS, DELETED, TAKEN);
    }

    @Test
    @Covers(operation = "SetDeleteOnRegisteredSystem", status = 403)
    void setDeleteOnRegisteredSystem_anotherOrganisationsSystem_returns403AndDeletesNothing() {
        as(vendor()).delete(SYSTEM, OTHERS).then().statusCode(403).body(emptyString());
        assertThat(dsl.fetchCount(MASKINPORTEN_CLIENT, MASKINPORTEN_CLIENT.CLIENT_ID.eq(OTHERS_CLIENT)))
                .isEqualTo(1);
    }

    @Test
    @Covers(operation = "SetDeleteOnRegisteredSystem", status = 401)
    void setDeleteOnRegisteredSystem_noToken_returns401() {
        given().delete(SYSTEM, TAKEN)
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body(emptyString());
        as(vendor()).get(SYSTEM, TAKEN).then().body("isDeleted", is(false));
    }

    // Requests refused before the operation runs (issue 9): problem documents with documented statuses

    /**
     * The write is decided before it is made: an Accept that admits no JSON (plain text, or problem documents
     * alone) is 406 and stores nothing, so the client's retry is the first create, not AUTH.VLD-00002.
     */
    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 406)
    @Covers(operation = "GetListOfRegisteredSystemsForVendor", status = 406)
    @Covers(operation = "GetRegisteredSystemInfo", status = 406)
    @Covers(operation = "UpdateWholeRegisteredSystem", status = 406)
    @Covers(operation = "SetDeleteOnRegisteredSystem", status = 406)
    @Covers(operation = "CreateRegisteredSystem", status = 200)
    void everyOperation_acceptWithoutJson_returns406ProblemAndChangesNothing() {
        String fresh = VENDOR + "_retried";
        for (String accept : List.of("text/plain", "application/problem+json", "application/xml")) {
            for (Response response : everyOperation(fresh, TAKEN, request -> request.accept(accept))) {
                problem(response, 406).body("detail", is("No acceptable representation."));
            }
        }
        assertThat(systemIds(dsl)).doesNotContain(fresh);
        as(vendor())
                .get(SYSTEM, TAKEN)
                .then()
                .statusCode(200)
                .body("name.nb", is("Navn " + TAKEN))
                .body("isDeleted", is(false));
        create(vendor(), request(fresh, VENDOR)).then().statusCode(200);
    }

    /** A success is JSON whatever else Accept lists first (it was answered as a problem document before). */
    @Test
    @Covers(operation = "GetListOfRegisteredSystemsForVendor", status = 200)
    @Covers(operation = "GetRegisteredSystemInfo", status = 200)
    void getOperations_acceptListingProblemDocumentsFirst_returns200InJson() {
        for (String accept : List.of("application/problem+json, application/json", "text/plain, */*")) {
            as(vendor()).accept(accept).get(SYSTEMS).then().statusCode(200).contentType("application/json");
            as(vendor())
                    .accept(accept)
                    .get(SYSTEM, TAKEN)
                    .then()
                    .statusCode(200)
                    .contentType("application/json");
        }
    }

    /** JSON has no charset parameter (RFC 8259): such an Accept gets UTF-8 JSON, not a 500 after the write. */
    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 200)
    @Covers(operation = "GetListOfRegisteredSystemsForVendor", status = 200)
    @Covers(operation = "GetRegisteredSystemInfo", status = 200)
    @Covers(operation = "UpdateWholeRegisteredSystem", status = 200)
    @Covers(operation = "SetDeleteOnRegisteredSystem", status = 200)
    void everyOperation_acceptJsonWithAnotherCharset_returns200InJson() {
        String fresh = VENDOR + "_utf16";
        for (Response response : everyOperation(fresh, fresh, request -> request.accept(EdgeRequests.JSON_IN_UTF16))) {
            response.then().statusCode(200).contentType("application/json");
        }
    }

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 415)
    @Covers(operation = "UpdateWholeRegisteredSystem", status = 415)
    void bodyOperations_bodyNotDeclaredJson_returns415ProblemAndChangesNothing() {
        String body = SystemRegisterFixtures.json(request(VENDOR + "_text", VENDOR));
        for (Response response : List.of(
                as(vendor()).contentType(ContentType.TEXT).body(body).post(SYSTEMS),
                as(vendor()).contentType("application/xml").body(body).put(SYSTEM, TAKEN))) {
            problem(response, 415).header("Accept", "application/json");
        }
        assertThat(systemIds(dsl)).doesNotContain(VENDOR + "_text");
    }

    @Test
    @Covers(operation = "CreateRegisteredSystem", status = 431)
    @Covers(operation = "GetListOfRegisteredSystemsForVendor", status = 431)
    @Covers(operation = "GetRegisteredSystemInfo", status = 431)
    @Covers(operation = "UpdateWholeRegisteredSystem", status = 431)
    @Covers(operation = "SetDeleteOnRegisteredSystem", status = 431)
    void everyOperation_headerFieldsOverTheLimit_returns431ProblemAndChangesNothing() {
        String fresh = VENDOR + "_oversized";
        for (Response response :
                everyOperation(fresh, TAKEN, request -> request.headers(EdgeRequests.OVERSIZED_HEADER))) {
            problem(response, 431);
        }
        assertThat(systemIds(dsl)).doesNotContain(fresh);
        as(vendor()).get(SYSTEM, TAKEN).then().statusCode(200).body("isDeleted", is(false));
    }

    /** The contract promises 404 for a system id of any length the server reads. */
    @Test
    @Covers(operation = "GetRegisteredSystemInfo", status = 404)
    @Covers(operation = "SetDeleteOnRegisteredSystem", status = 404)
    void getAndDelete_systemIdOf10000Characters_returns404() {
        String longId = VENDOR + "_" + "x".repeat(10_000);
        notFound(as(vendor()).get(SYSTEM, longId), longId);
        notFound(as(vendor()).delete(SYSTEM, longId), longId);
    }

    @Test
    @Covers(operation = "GetRegisteredSystemInfo", status = 400)
    @Covers(operation = "SetDeleteOnRegisteredSystem", status = 400)
    void getAndDelete_refusedEscapeInTheSystemId_returns400ProblemAndDeletesNothing() {
        for (String escape : EdgeRequests.REFUSED_ESCAPES) {
            for (String method : List.of("GET", "DELETE")) {
                Answer answer = RawExchanges.send(
                        RawRequest.of(method, SYSTEMS + "/" + TAKEN + escape).with("Authorization", bearer(vendor())));
                assertThat(answer.status()).as(method + " " + escape).isEqualTo(400);
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(JsonPath.from(answer.body()).getString("detail"))
                        .isEqualTo("The request could not be read.");
            }
        }
        as(vendor()).get(SYSTEM, TAKEN).then().statusCode(200).body("isDeleted", is(false));
    }

    @Test
    @Covers(operation = "GetListOfRegisteredSystemsForVendor", status = 400)
    void getListOfRegisteredSystemsForVendor_authorizationWithControlBytes_returns400Problem() {
        for (byte[] value : EdgeRequests.CONTROL_BYTES) {
            Answer answer = RawExchanges.send(
                    RawRequest.of("GET", SYSTEMS).with(new RawRequest.Header("Authorization", value)));
            assertThat(answer.status()).isEqualTo(400);
            assertThat(JsonPath.from(answer.body()).getString("detail"))
                    .isEqualTo("The request could not be read: the header Authorization is not allowed.");
        }
    }

    /** Paths and methods that are no operation, under the register's base path: problem documents still. */
    @Test
    void noSuchRouteOrMethod_returns404Or405Problem() {
        problem(as(vendor()).get(SYSTEMS + "/{systemId}/ukjent", TAKEN), 404);
        problem(as(vendor()).patch(SYSTEM, TAKEN), 405).header("Allow", org.hamcrest.Matchers.containsString("GET"));
    }

    /**
     * The tag's five operations, each request changed the same way: create {@code created}, list, and get,
     * replace and delete {@code existing}.
     */
    private static List<Response> everyOperation(
            String created, String existing, UnaryOperator<RequestSpecification> change) {
        return List.of(
                change.apply(as(vendor(), request(created, VENDOR))).post(SYSTEMS),
                change.apply(as(vendor())).get(SYSTEMS),
                change.apply(as(vendor())).get(SYSTEM, existing),
                change.apply(as(vendor(), request(existing, VENDOR))).put(SYSTEM, existing),
                change.apply(as(vendor())).delete(SYSTEM, existing));
    }

    // tokens

    private static Map<String, Object> consumer(String orgNumber) {
        return Map.of("authority", "iso6523-actorid-upis", "ID", "0192:" + orgNumber);
    }

    private static String json(Object value) {
        return SystemRegisterFixtures.json(value);
    }

    /** A token as the local issuer signs it, with the claims a test needs (the issuer's clients cannot). */
    private String mint(Instant issuedAt, String scope, Object consumer) {
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer("http://localhost:8080")
                .subject("minted")
                .issuedAt(issuedAt)
                .expiresAt(issuedAt.plus(1, ChronoUnit.HOURS))
                .claim("scope", scope);
        if (consumer != null) {
            claims.claim("consumer", consumer);
        }
        return new NimbusJwtEncoder(signingKeys)
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), claims.build()))
                .getTokenValue();
    }
}
