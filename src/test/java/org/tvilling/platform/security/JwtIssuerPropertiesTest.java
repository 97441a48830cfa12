package org.tvilling.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The issuers per family as an operator sets them: environment variables (deploy/kubernetes, README). */
class JwtIssuerPropertiesTest {

    @Test
    void environmentVariables_setEachFamilysIssuer() {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new SystemEnvironmentPropertySource(
                        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of(
                                "TVILLING_JWT_STAR_ISSUERURI", "https://star.example",
                                "TVILLING_JWT_STAR_JWKSETURI", "https://star.example/jwks",
                                "TVILLING_JWT_ALTINN_ISSUERURI", "https://maskinporten.example/",
                                "TVILLING_JWT_ALTINN_AUDIENCES", "tvilling,altinn")));
        ConfigurationPropertySources.attach(environment);

        JwtIssuerProperties issuers = Binder.get(environment)
                .bind("tvilling", JwtIssuerProperties.class)
                .get();

        assertThat(issuers.jwt().get("star").issuerUri()).isEqualTo("https://star.example");
        assertThat(issuers.jwt().get("star").jwkSetUri()).isEqualTo(URI.create("https://star.example/jwks"));
        assertThat(issuers.jwt().get("altinn").issuerUri()).isEqualTo("https://maskinporten.example/");
        assertThat(issuers.jwt().get("altinn").jwkSetUri()).isNull();
        assertThat(issuers.jwt().get("altinn").audiences()).containsExactly("tvilling", "altinn");
    }
}
