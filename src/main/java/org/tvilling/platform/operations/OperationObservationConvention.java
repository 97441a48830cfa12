package org.tvilling.platform.operations;

import io.micrometer.common.KeyValues;
import org.springframework.http.server.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * {@code http.server.requests} per documented operation: the family, the contract and the operationId as
 * tags, next to Spring's own method, status, outcome and route template (never the raw path).
 */
@Component
class OperationObservationConvention extends DefaultServerRequestObservationConvention {

    private final ApiOperations operations;

    OperationObservationConvention(ApiOperations operations) {
        this.operations = operations;
    }

    @Override
    public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
        ApiOperations.Operation operation = operations.resolve(context.getCarrier());
        return super.getLowCardinalityKeyValues(context)
                .and("family", operation.family())
                .and("api", operation.api())
                .and("operationId", operation.operationId());
    }
}
