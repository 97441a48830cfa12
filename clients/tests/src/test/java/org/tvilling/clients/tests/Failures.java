package org.tvilling.clients.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.web.client.RestClientResponseException;

/**
 * A documented error as a consumer of a generated Java client meets it: a {@link RestClientResponseException}
 * with the status, the headers and the body, which {@link RestClientResponseException#getResponseBodyAs(Class)}
 * reads as the documented model with the client's own converters.
 */
final class Failures {

    private Failures() {}

    static RestClientResponseException failure(ThrowingCallable call, int status) {
        RestClientResponseException failure = catchThrowableOfType(RestClientResponseException.class, call);
        assertThat(failure).as("the documented error %d", status).isNotNull();
        assertThat(failure.getStatusCode().value()).isEqualTo(status);
        return failure;
    }
}
