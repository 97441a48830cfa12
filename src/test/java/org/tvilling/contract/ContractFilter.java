package org.tvilling.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.MessageResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import com.atlassian.oai.validator.schema.SchemaValidator;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Holds every exchange of the suite to its contract: a response from a documented operation must be one the
 * spec documents, in the documented shape; a successful response must have come from a request the spec
 * allows (the server must not accept what the contract rejects). A spec's {@code default} response stands for
 * the unexpected 500 only: any other status must be listed explicitly. Installed once for all of REST Assured.
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
public final class ContractFilter implements Filter {

    private static final Map<String, OpenApiInteractionValidator> validators = new ConcurrentHashMap<>();

    private static final Map<String, SchemaValidator> schemaValidators = new ConcurrentHashMap<>();

    private static final MessageResolver MESSAGES = new MessageResolver();

    static OpenApiInteractionValidator validator(Specs.Spec spec) {
        return validators.computeIfAbsent(
                spec.name(),
                name -> OpenApiInteractionValidator.createFor(spec.file().toString())
                        .build());
    }

    /**
     * The validator skips XML bodies; they are checked here against the schema of their XML media type (see
     * {@link XmlBodies}): JSON bodies by the validator, XML bodies by this, every one of them.
     */
    private static ValidationReport xmlResponse(Specs.DocumentedOperation operation, Response response) {
        String body = response.body().asString();
        if (!XmlBodies.isXml(response.contentType()) || body.isBlank()) {
            return ValidationReport.empty();
        }
        return XmlBodies.responseSchema(operation, response.statusCode())
                .map(schema -> xmlReport(operation.spec(), body, schema, "response.body"))
                .orElseGet(ValidationReport::empty);
    }

    private static ValidationReport xmlRequest(
            Specs.DocumentedOperation operation, FilterableRequestSpecification request) {
        if (!XmlBodies.isXml(request.getContentType())) {
            return ValidationReport.empty();
        }
        String body = RestAssuredRequest.of(request)
                .getRequestBody()
                .map(XmlBodies::text)
                .orElse("");
        if (body.isBlank()) {
            return ValidationReport.empty();
        }
        return XmlBodies.requestSchema(operation)
                .map(schema -> xmlReport(operation.spec(), body, schema, "request.body"))
                .orElseGet(ValidationReport::empty);
    }

    static ValidationReport xmlReport(
            Specs.Spec spec, String xml, io.swagger.v3.oas.models.media.Schema<?> schema, String where) {
        try {
            String json = XmlBodies.toJson(xml, schema).toString();
            return schemaValidators
                    .computeIfAbsent(spec.name(), name -> new SchemaValidator(spec.model(), MESSAGES))
                    .validate(json, schema, where);
        } catch (XmlBodies.XmlMismatch mismatch) {
            return ValidationReport.singleton(MESSAGES.create(where + ".xml", where + ": " + mismatch.getMessage()));
        }
    }

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext context) {
        Response response = context.next(request, expected);
        String path = URI.create(request.getURI()).getRawPath();
        Specs.find(request.getMethod(), path).ifPresent(operation -> {
            OpenApiInteractionValidator validator = validator(operation.spec());
            ValidationReport report = response.statusCode() < 300
                    ? validator.validate(RestAssuredRequest.of(request), RestAssuredResponse.of(response))
                    : validator.validateResponse(
                            path, Request.Method.valueOf(request.getMethod()), RestAssuredResponse.of(response));
            report = report.merge(xmlResponse(operation, response));
            if (response.statusCode() < 300) {
                report = report.merge(xmlRequest(operation, request));
            }
            if (response.statusCode() != 500 && !operation.documents(response.statusCode())) {
                throw new AssertionError("%s %s (%s) answered %d, which %s does not document"
                        .formatted(
                                request.getMethod(),
                                path,
                                operation.operationId(),
                                response.statusCode(),
                                operation.spec().name()));
            }
            if (report.hasErrors()) {
                throw new AssertionError("%s %s (%s) broke %s:%n%s"
                        .formatted(
                                request.getMethod(),
                                path,
                                operation.operationId(),
                                operation.spec().name(),
                                report.getMessages().stream()
                                        .map(ValidationReport.Message::toString)
                                        .collect(Collectors.joining("\n"))));
            }
            DocumentedMessages.violation(operation, response).ifPresent(problem -> {
                throw new AssertionError("%s %s (%s) broke %s: %s"
                        .formatted(
                                request.getMethod(),
                                path,
                                operation.operationId(),
                                operation.spec().name(),
                                problem));
            });
            Observations.record(new Observations.Observed(
                    operation.operationId(), response.statusCode(), ErrorCodes.of(operation.spec(), response)));
        });
        return response;
    }
}
