package org.tvilling.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.schema.SchemaValidator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Holds one exchange to its contract, whatever client made it: a response from a documented operation must be
 * one the spec documents, in the documented shape; a successful response must have come from a request the
 * spec allows (the server must not accept what the contract rejects). A spec's {@code default} response stands
 * for the unexpected 500 only: any other status must be listed explicitly.
 *
 * <p>Bodies: JSON bodies are validated by the swagger-request-validator against their schema. For every media
 * type, the validator checks the status, the Content-Type, the documented headers and the presence of a body.
 * A plain-text error body (Lequinox) is held to the messages its response documents ({@link
 * DocumentedMessages}). XML bodies (HELIUM V), which the validator does not read ("Validation of
 * 'application/xml' not supported"), are validated here against the schema of their XML media type, through
 * {@link XmlBodies}: the root element's name, every element a property of its schema, lists wrapped or not as
 * the spec says, no attributes or stray text, and then the same JSON-schema check as for JSON (required
 * members, types, patterns, {@code additionalProperties}). Not checked for XML: the order of elements (OpenAPI
 * does not define one), namespaces and prefixes (the specs declare none), and the XML declaration.
 */
public final class ContractCheck {

    private static final Map<String, OpenApiInteractionValidator> validators = new ConcurrentHashMap<>();

    private static final Map<String, SchemaValidator> schemaValidators = new ConcurrentHashMap<>();

    private static final MessageResolver MESSAGES = new MessageResolver();

    private static final ObjectMapper JSON = new ObjectMapper();

    private ContractCheck() {}

    /**
     * What the check found in one exchange with a documented operation.
     *
     * @param problems how the exchange broke the contract, empty when it did not
     * @param codes the error codes the response carries, where its family puts them
     */
    public record Verdict(Specs.DocumentedOperation operation, List<String> problems, List<String> codes) {

        public boolean passed() {
            return problems.isEmpty();
        }

        /** The problems as one text, naming the request and the contract. */
        public String describe(String method, String path) {
            return "%s %s (%s) broke %s:%n%s"
                    .formatted(
                            method,
                            path,
                            operation.operationId(),
                            operation.spec().name(),
                            String.join("\n", problems));
        }
    }

    /**
     * Checks one exchange; empty when no contract documents the request's method and path ({@code
     * request.getPath()}, raw, below the server's root).
     */
    public static Optional<Verdict> check(Request request, Answer answer) {
        String path = request.getPath();
        return Specs.find(request.getMethod().name(), path).map(operation -> verdict(operation, request, answer));
    }

    private static Verdict verdict(Specs.DocumentedOperation operation, Request sent, Answer answer) {
        OpenApiInteractionValidator validator = validator(operation.spec());
        Request request = withoutNullMembers(sent);
        ValidationReport report = answer.status() < 300
                ? validator.validate(request, answer.toValidatorResponse())
                : validator.validateResponse(request.getPath(), request.getMethod(), answer.toValidatorResponse());
        report = report.merge(xmlResponse(operation, answer));
        if (answer.status() < 300) {
            report = report.merge(xmlRequest(operation, request));
        }
        List<String> problems = new ArrayList<>();
        if (answer.status() != 500 && !operation.documents(answer.status())) {
            problems.add("answered %d, which the contract does not document for %s"
                    .formatted(answer.status(), operation.operationId()));
        }
        report.getMessages().stream()
                .filter(message -> message.getLevel() == ValidationReport.Level.ERROR)
                .map(ValidationReport.Message::toString)
                .forEach(problems::add);
        DocumentedMessages.violation(operation, answer).ifPresent(problems::add);
        return new Verdict(operation, List.copyOf(problems), ErrorCodes.of(operation.spec(), answer));
    }

    /**
     * The request as the servers read it: a JSON member given as {@code null} is absent (as the real services
     * read it, and as clients generated from the contracts send every member they leave unset), so a successful
     * answer to it is held to the contract as the answer to the request without it. Nulls in arrays stay.
     */
    static Request withoutNullMembers(Request request) {
        Optional<String> body = request.getRequestBody().map(XmlBodies::text);
        String type = request.getContentType().orElse("");
        if (body.isEmpty() || !type.contains("json")) {
            return request;
        }
        JsonNode json;
        try {
            json = JSON.readTree(body.get());
        } catch (com.fasterxml.jackson.core.JsonProcessingException notJson) {
            return request;
        }
        if (json == null || !removeNullMembers(json)) {
            return request;
        }
        SimpleRequest.Builder copy = new SimpleRequest.Builder(request.getMethod(), request.getPath(), true);
        request.getHeaders().forEach((name, values) -> copy.withHeader(name, List.copyOf(values)));
        request.getQueryParameters()
                .forEach(name -> copy.withQueryParam(name, List.copyOf(request.getQueryParameterValues(name))));
        return copy.withBody(json.toString()).build();
    }

    /** Removes the members whose value is null, at every depth; whether there were any. */
    private static boolean removeNullMembers(JsonNode node) {
        boolean removed = false;
        if (node instanceof ObjectNode object) {
            List<String> nulls = new ArrayList<>();
            object.fields().forEachRemaining(member -> {
                if (member.getValue().isNull()) {
                    nulls.add(member.getKey());
                }
            });
            object.remove(nulls);
            removed = !nulls.isEmpty();
        }
        for (JsonNode child : node) {
            removed |= removeNullMembers(child);
        }
        return removed;
    }

    /**
     * Two of the validator's rules go further than the contracts, and are left out: its parser refuses a request
     * {@code Content-Type} with empty parameters ({@code application/json;;;}), which RFC 9110's grammar allows
     * ({@code *( OWS ";" OWS [ parameter ] )}), while the type itself is still checked; and it refuses query
     * parameters an operation does not declare, which OpenAPI does not forbid and servers ignore (a cache
     * buster, say), like undeclared header fields.
     */
    static OpenApiInteractionValidator validator(Specs.Spec spec) {
        return validators.computeIfAbsent(
                spec.name(),
                name -> OpenApiInteractionValidator.createForInlineApiSpecification(spec.text())
                        .withLevelResolver(LevelResolver.create()
                                .withLevel("validation.request.contentType.invalid", ValidationReport.Level.IGNORE)
                                .withLevel(
                                        "validation.request.parameter.query.unexpected", ValidationReport.Level.IGNORE)
                                .build())
                        .build());
    }

    /**
     * The validator skips XML bodies; they are checked here against the schema of their XML media type (see
     * {@link XmlBodies}): JSON bodies by the validator, XML bodies by this, every one of them.
     */
    private static ValidationReport xmlResponse(Specs.DocumentedOperation operation, Answer answer) {
        if (!XmlBodies.isXml(answer.contentType()) || answer.body().isBlank()) {
            return ValidationReport.empty();
        }
        return XmlBodies.responseSchema(operation, answer.status())
                .map(schema -> xmlReport(operation.spec(), answer.body(), schema, "response.body"))
                .orElseGet(ValidationReport::empty);
    }

    private static ValidationReport xmlRequest(Specs.DocumentedOperation operation, Request request) {
        if (!XmlBodies.isXml(request.getContentType().orElse(null))) {
            return ValidationReport.empty();
        }
        String body = request.getRequestBody().map(XmlBodies::text).orElse("");
        if (body.isBlank()) {
            return ValidationReport.empty();
        }
        return XmlBodies.requestSchema(operation)
                .map(schema -> xmlReport(operation.spec(), body, schema, "request.body"))
                .orElseGet(ValidationReport::empty);
    }

    static ValidationReport xmlReport(Specs.Spec spec, String xml, Schema<?> schema, String where) {
        try {
            String json = XmlBodies.toJson(xml, schema).toString();
            return schemaValidators
                    .computeIfAbsent(spec.name(), name -> new SchemaValidator(spec.model(), MESSAGES))
                    .validate(json, schema, where);
        } catch (XmlBodies.XmlMismatch mismatch) {
            return ValidationReport.singleton(MESSAGES.create(where + ".xml", where + ": " + mismatch.getMessage()));
        }
    }
}
