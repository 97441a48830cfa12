package org.tvilling.altinn.systemregister;

/**
 * The AUTH.VLD codes: 00000–00008 with the message of the page's error table, character for character
 * (its typographic apostrophes and ellipsis included); 00011 and 00012, which only the update of the real
 * service uses, with the real service's message. Each with the path the real service reports it at.
 */
enum ValidationCode {
    INVALID_ORG_IDENTIFIER(
            "AUTH.VLD-00000",
            "the org number identifier is not valid ISO6523 identifier",
            "/registersystemrequest/vendor/id"),
    SYSTEM_ID_FORMAT(
            "AUTH.VLD-00001",
            "The system id does not match the format orgnumber_xxxx…",
            "/registersystemrequest/systemid"),
    SYSTEM_ID_EXISTS("AUTH.VLD-00002", "The system id already exists", "/registersystemrequest/systemid"),
    RESOURCE_NOT_FOUND(
            "AUTH.VLD-00003",
            "One or all the resources in rights is not found in altinn’s resource register",
            "/registersystemrequest/rights/resource"),
    CLIENT_ID_EXISTS(
            "AUTH.VLD-00004",
            "One of the client id is already tagged with an existing system",
            "/registersystemrequest/clientid"),
    REDIRECT_URL_FORMAT(
            "AUTH.VLD-00005",
            "One or more of the redirect urls format is not valid. The valid format is https://xxx.xx",
            "/registersystemrequest/allowedredirecturls"),
    DUPLICATE_RIGHTS("AUTH.VLD-00006", "One or more duplicate rights found", "/registersystemrequest/rights/resource"),
    DUPLICATE_ACCESS_PACKAGES(
            "AUTH.VLD-00007", "One or more duplicate access package(s) found", "/registersystemrequest/accesspackages"),
    ACCESS_PACKAGE_NOT_VALID(
            "AUTH.VLD-00008",
            "One or all the accesspackage(s) is not found in altinn’s access packages or is not a part of"
                    + " REGN/REVI/Forretningsfører roller",
            "/registersystemrequest/accesspackages"),
    DUPLICATE_CLIENT_IDS("AUTH.VLD-00011", "Request contains duplicate client ids", "/registersystemrequest/clientid"),
    SYSTEM_ID_MISMATCH(
            "AUTH.VLD-00012",
            "The system ID in the request body does not match the system ID in the URL",
            "/registersystemrequest/systemid");

    private final String code;
    private final String detail;
    private final String path;

    ValidationCode(String code, String detail, String path) {
        this.code = code;
        this.detail = detail;
        this.path = path;
    }

    String code() {
        return code;
    }

    String detail() {
        return detail;
    }

    String path() {
        return path;
    }
}
