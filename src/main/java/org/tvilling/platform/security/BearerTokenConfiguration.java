package org.tvilling.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;

/** The bearer token resolver of every family's resource server (Spring Security takes the one bean there is). */
@Configuration(proxyBeanMethods = false)
class BearerTokenConfiguration {

    @Bean
    BearerTokenResolver bearerTokens() {
        return new BearerTokens();
    }
}
