package org.tvilling.contract;

import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Holds every exchange of the suite to its contract ({@link ContractCheck}) and records what each documented
 * operation answered, for the claims of {@link Covers}. Installed once for all of REST Assured.
 */
public final class ContractFilter implements Filter {

    @Override
    public Response filter(
            FilterableRequestSpecification request, FilterableResponseSpecification expected, FilterContext context) {
        Response response = context.next(request, expected);
        ContractCheck.check(RestAssuredRequest.of(request), answer(response)).ifPresent(verdict -> {
            if (!verdict.passed()) {
                throw new AssertionError(verdict.describe(
                        request.getMethod(),
                        java.net.URI.create(request.getURI()).getRawPath()));
            }
            Observations.record(new Observations.Observed(
                    verdict.operation().operationId(), response.statusCode(), verdict.codes()));
        });
        return response;
    }

    static Answer answer(Response response) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (Header header : response.headers()) {
            headers.computeIfAbsent(header.getName(), name -> new ArrayList<>()).add(header.getValue());
        }
        return new Answer(response.statusCode(), headers, response.body().asString());
    }
}
