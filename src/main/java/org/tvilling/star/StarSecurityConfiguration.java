package org.tvilling.star;

import static org.springframework.security.authorization.AuthorizationManagers.allOf;
import static org.tvilling.star.Organisation.A_KASSE;
import static org.tvilling.star.Organisation.JOBCENTER;
import static org.tvilling.star.Organisation.STAR;
import static org.tvilling.star.Organisation.tilladte;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Authentication and "Tilladte organisationer"/"Scope" of both STAR services (design.md §5.1): a bearer
 * JWT, its {@code organisationType} claim against each method's table, and the method's scope against the
 * {@code scope} claim. 401 is Fejlkode 1012, 403 is 4575, in STAR's error structure.
 */
@Configuration(proxyBeanMethods = false)
class StarSecurityConfiguration {

    @Bean
    @Order(10)
    SecurityFilterChain starServices(HttpSecurity http, StarFamily errors) throws Exception {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        AuthenticationEntryPoint logonFejlet = (request, response, failure) -> {
            challenge.commence(request, response, failure);
            errors.write(response, StarFejlkode.LOGON_FEJLET);
        };
        AccessDeniedHandler ikkeAutoriseret =
                (request, response, denied) -> errors.write(response, StarFejlkode.IKKE_AUTORISERET);
        http.securityMatcher(StarFamily.BASE_PATH + "**")
                .authorizeHttpRequests(requests -> requests
                        // Virksomhedsindsats.VirksomhedLoginService: GetVirksomhedLogin, GetVirksomhedLogins
                        .requestMatchers(HttpMethod.GET, "/star/v1/VirksomhedLogin", "/star/v1/VirksomhedLogin/*")
                        .access(tilladte(A_KASSE, JOBCENTER, STAR))
                        // SetVirksomhedLogin: STAR only, scope virksomhedsindsats.login.write
                        .requestMatchers(HttpMethod.PUT, "/star/v1/VirksomhedLogin/*")
                        .access(allOf(
                                tilladte(STAR),
                                AuthorityAuthorizationManager.hasAuthority("SCOPE_virksomhedsindsats.login.write")))
                        // LetAsylCv: GetLetAsylCv, OverfoerLetAsylCv, GetLetAsylCvPdf (no scope on the page)
                        .requestMatchers("/star/v1/LetAsylCv", "/star/v1/LetAsylCv/**")
                        .access(tilladte(JOBCENTER, STAR))
                        .anyRequest()
                        .authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> {})
                        .authenticationEntryPoint(logonFejlet)
                        .accessDeniedHandler(ikkeAutoriseret))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(logonFejlet).accessDeniedHandler(ikkeAutoriseret))
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        return http.build();
    }
}
