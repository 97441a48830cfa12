package org.tvilling.contract;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
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
 * the unexpected 500 only: any other status must be listed explicitly. The validator checks a {@code text/plain}
 * response's status, Content-Type and presence of a body, but reads only JSON bodies against their schema; a
 * plain-text error body is held to the messages its response documents ({@link DocumentedMessages}). Installed
 * once for all of REST Assured.
 */
public final class ContractFilter implements Filter {

    private static final Map<String, OpenApiInteractionValidator> validators = new ConcurrentHashMap<>();

    static OpenApiInteractionValidator validator(Specs.Spec spec) {
        return validators.computeIfAbsent(
                spec.name(),
                name -> OpenApiInteractionValidator.createFor(spec.file().toString())
                        .build());
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
