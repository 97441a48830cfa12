package org.tvilling.lequinox.access;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The Lequinox API's own chain: the application key of every operation (design.md §5.4), stateless, no CSRF
 * (no browser session). Spring Security never answers here with its own 401 or 403: the documentation has
 * none, only the 400 for an unknown key, so that is what its entry point and access-denied handler write.
 */
@Configuration(proxyBeanMethods = false)
class LequinoxSecurityConfiguration {

    @Bean
    @Order(50)
    SecurityFilterChain lequinoxApi(HttpSecurity http, ApplicationRepository applications) throws Exception {
        AuthenticationEntryPoint unknownApplication = (request, response, failure) ->
                LequinoxErrorWriter.write(response, LequinoxMessage.APPLICATION_NOT_FOUND);
        AccessDeniedHandler denied =
                (request, response, failure) -> unknownApplication.commence(request, response, null);
        http.securityMatcher(LequinoxFamily.BASE_PATH + "**")
                .addFilterBefore(new ApplicationKeyFilter(applications), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(unknownApplication).accessDeniedHandler(denied))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
