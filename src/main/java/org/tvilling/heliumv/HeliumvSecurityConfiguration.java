package org.tvilling.heliumv;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * HELIUM V does not use the platform's OAuth2 tokens: its sessions are its own (the token of a logon, passed
 * as {@code userid} or in the path), checked by each operation, which answers 400/401 the HELIUM V way. So
 * Spring Security lets every request under the base path through and never answers there itself.
 */
@Configuration(proxyBeanMethods = false)
class HeliumvSecurityConfiguration {

    @Bean
    @Order(20)
    SecurityFilterChain heliumvServices(HttpSecurity http) throws Exception {
        http.securityMatcher(HeliumvFamily.BASE_PATH + "**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
