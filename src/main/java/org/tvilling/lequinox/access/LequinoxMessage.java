package org.tvilling.lequinox.access;

import org.springframework.http.HttpStatus;

/**
 * The documented messages of the Lequinox CDI server API, word for word, with the status they are answered
 * with. {@code <%1>} is the placeholder the documentation writes for a value filled in; the code is the stable
 * short name the spec gives each message in {@code x-error-codes}.
 */
enum LequinoxMessage {
    // Every operation: the Key header names no application.
    APPLICATION_NOT_FOUND(HttpStatus.BAD_REQUEST, "The application with the specified key could not be found"),

    // Create access and Update access
    NAMES_MISSING(HttpStatus.BAD_REQUEST, "Input not valid: First name and last name must always be specified."),
    TYPE_PRIVATE_ID_MANAGED_MISSING(
            HttpStatus.BAD_REQUEST,
            "Input not valid: Type, private ID and managed must be specified when creating an access."),
    CORPORATE_ID_MISSING(
            HttpStatus.BAD_REQUEST,
            "Input not valid: Corporate ID must be specified when creating access of type CORPORATE."),
    CORPORATE_ID_WITH_PRIVATE(
            HttpStatus.BAD_REQUEST,
            "Input not valid: Corporate ID can not be specified when creating access of type PRIVATE."),
    ACCESS_ID_GIVEN(HttpStatus.BAD_REQUEST, "Input not valid: Access ID can not be specified when creating an access."),
    STATE_GIVEN(HttpStatus.BAD_REQUEST, "Input not valid: State can not be specified when creating an access."),
    INVITED_STATE_CHANGE(
            HttpStatus.BAD_REQUEST,
            "Input not valid: Changing state of an access from INVITED to <%1> is not allowed."),
    INVALID_ROLE_ID_FORMAT(HttpStatus.BAD_REQUEST, "Invalid role ID format"),
    ACCESS_ID_MISMATCH(HttpStatus.BAD_REQUEST, "Input not valid: Access ID must match the access ID in the REST path."),
    STATE_MISSING(HttpStatus.BAD_REQUEST, "Input not valid: State must be specified when updating an access."),

    // Get access, Activate, Get user agreement for activation
    ACCESS_ID_FORMAT(HttpStatus.BAD_REQUEST, "Input not valid: Access ID '<%1>' is not in the correct format"),
    NOT_INVITED_FOR_ACTIVATION(
            HttpStatus.BAD_REQUEST,
            "The access must be in the INVITED state for the application to be able to activate it."),
    NOT_INVITED_FOR_AGREEMENT(
            HttpStatus.BAD_REQUEST,
            "The access must be in the INVITED state for the application to be able to get the user agreement for it."),
    NOT_PLATFORM_MANAGED(
            HttpStatus.BAD_REQUEST,
            "The access must be platform-managed for the application to be able to activate it."),
    ACCESS_NOT_FOUND(HttpStatus.NOT_FOUND, "The access with ID <%1> was not found"),

    // Create external personal identity, Get external personal identity
    IDENTITY_ID_GIVEN(
            HttpStatus.BAD_REQUEST,
            "Input not valid: ID can't be specified when creating an external personal identity."),
    IDENTITY_NAMES_MISSING(
            HttpStatus.BAD_REQUEST,
            "Input not valid: First name and last name must always be specified for an external personal identity."),
    IDENTITY_MANAGED_MISSING(
            HttpStatus.BAD_REQUEST,
            "Input not valid: Managed must be specified when creating an external personal identity."),
    IDENTITY_STATE_GIVEN(
            HttpStatus.BAD_REQUEST,
            "Input not valid: State can't be specified when creating an external personal identity."),
    USER_MANAGED_IDENTITY(
            HttpStatus.BAD_REQUEST,
            "Input not valid: Your platform does not have support for creating user-managed external personal"
                    + " identities."),
    UNKNOWN_ERROR(HttpStatus.BAD_REQUEST, "Unknown error"),
    COMPANY_NOT_IN_IDENTITY_ID(HttpStatus.BAD_REQUEST, "Company ID is not part of identity ID."),

    // The family's 500s: Spring's own failures while reading a body, and the unknown error.
    BODY_MISSING(
            HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred: Required request body is missing <%1>"),
    JSON_PARSE_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred: JSON parse error <%1>"),
    TYPE_DEFINITION_ERROR(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred: Type definition error <%1>"),
    UNEXPECTED_UNKNOWN_ERROR(
            HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred: An unknown error has occurred");

    static final String PLACEHOLDER = "<%1>";

    private final HttpStatus status;
    private final String template;

    LequinoxMessage(HttpStatus status, String template) {
        this.status = status;
        this.template = template;
    }

    HttpStatus status() {
        return status;
    }

    /** The message as the documentation writes it, placeholder included. */
    String template() {
        return template;
    }

    /** The message with its placeholder filled in (a message without one ignores the value). */
    String text(Object value) {
        return template.replace(PLACEHOLDER, String.valueOf(value));
    }

    boolean hasPlaceholder() {
        return template.contains(PLACEHOLDER);
    }
}
