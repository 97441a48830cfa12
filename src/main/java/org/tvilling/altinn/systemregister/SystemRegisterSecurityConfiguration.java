package org.tvilling.altinn.systemregister;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * "Machineporten-token med scope altinn:authentication/systemregister.write" (design.md §5.3): a bearer JWT
 * whose {@code scope} holds the write or the admin scope, exactly. No token: 401 with the bearer challenge
 * and no body; a token without either scope: 403 with no body, as the real service answers both. Whose
 * systems a caller may touch ({@code consumer}) is decided per request, see {@link Caller}.
 */
@Configuration(proxyBeanMethods = false)
class SystemRegisterSecurityConfiguration {

    @Bean
    @Order(30)
    SecurityFilterChain altinnSystemRegister(HttpSecurity http) throws Exception {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        AccessDeniedHandler forbidden =
                (request, response, denied) -> response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        http.securityMatcher(SystemRegisterFamily.BASE_PATH + "**")
                .authorizeHttpRequests(requests -> requests.anyRequest()
                        .hasAnyAuthority(
                                Caller.AUTHORITY_PREFIX + Caller.WRITE_SCOPE,
                                Caller.AUTHORITY_PREFIX + Caller.ADMIN_SCOPE))
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> {})
                        .authenticationEntryPoint(challenge)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(challenge).accessDeniedHandler(forbidden))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
