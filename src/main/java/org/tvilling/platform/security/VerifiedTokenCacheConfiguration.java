package org.tvilling.platform.security;

import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Every JwtDecoder of the server (the local issuer's, or the one configured for an external issuer) is wrapped in
 * a {@link VerifiedTokenCache} of its own, so that tokens accepted by one decoder are never taken for another's.
 */
@Configuration(proxyBeanMethods = false)
class VerifiedTokenCacheConfiguration {

    static final String PREFIX = "tvilling.security.verified-tokens";

    /**
     * @param maxAge how long a verified token is remembered at most: the refresh period of a JWK set fetched from
     *     an issuer (five minutes, the lifetime Nimbus gives a fetched JWK set in Spring Security's decoder)
     * @param maxSize how many verified tokens are remembered at most
     */
    record Properties(
            @DefaultValue("PT5M") Duration maxAge,
            @DefaultValue("10000") long maxSize) {}

    @Bean
    static BeanPostProcessor verifiedTokenCaches(ObjectProvider<Clock> clock, Environment environment) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokenCache)) {
                    Properties properties = Binder.get(environment).bindOrCreate(PREFIX, Properties.class);
                    return new VerifiedTokenCache(
                            decoder, clock.getObject(), properties.maxAge(), properties.maxSize());
                }
                return bean;
            }
        };
    }
}
