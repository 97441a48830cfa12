package org.tvilling.lequinox.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The key filter on its own, for what the REST tests cannot stage: the database failing under it. */
class ApplicationKeyFilterTest {

    private static final Application APPLICATION = new Application("ts01.TestApp1.Applic01", "ts01");

    private final ApplicationRepository applications = mock(ApplicationRepository.class);
    private final ApplicationKeyFilter filter = new ApplicationKeyFilter(applications);

    @Test
    void aKnownKey_passesWithItsApplication_andLeavesNoContextBehind() throws Exception {
        when(applications.findByKey("k")).thenReturn(Optional.of(APPLICATION));
        AtomicReference<Application> seen = new AtomicReference<>();
        FilterChain chain = (request, response) -> seen.set(CallingApplication.get());

        MockHttpServletResponse response = run("k", chain);

        assertThat(seen.get()).isEqualTo(APPLICATION);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(org.springframework.security.core.context.SecurityContextHolder.getContext()
                        .getAuthentication())
                .isNull();
    }

    @Test
    void anUnknownOrMissingKey_endsTheRequestWithTheDocumented400() throws Exception {
        when(applications.findByKey("unknown")).thenReturn(Optional.empty());
        for (String key : new String[] {"unknown", null, ""}) {
            MockHttpServletResponse response = run(key, (request, ignored) -> {
                throw new AssertionError("must not pass");
            });
            assertThat(response.getStatus()).isEqualTo(400);
            assertThat(response.getContentType()).startsWith("text/plain");
            assertThat(response.getContentAsString())
                    .isEqualTo("The application with the specified key could not be found");
        }
    }

    @Test
    void theDatabaseFailing_isTheFamilysUnknownError() throws Exception {
        when(applications.findByKey("k")).thenThrow(new DataAccessResourceFailureException("connection refused"));
        MockHttpServletResponse response = run("k", (request, ignored) -> {
            throw new AssertionError("must not pass");
        });
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString())
                .isEqualTo("An unexpected error occurred: An unknown error has occurred");
    }

    private MockHttpServletResponse run(String key, FilterChain chain) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/lequinox/server/access/x");
        if (key != null) {
            request.addHeader("Key", key);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }
}
