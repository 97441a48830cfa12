package org.tvilling.platform.database;

import java.util.stream.Stream;
import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Local mode only: the demo data of db/demo (repeatable migrations, run after the schema) that the README's
 * examples use. Production mode never sees them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(LocalModeEnvironmentPostProcessor.DEMO_DATA)
class DemoDataConfiguration {

    static final Location DEMO_DATA = new Location("classpath:db/demo");

    @Bean
    FlywayConfigurationCustomizer demoData() {
        return flyway -> flyway.locations(Stream.concat(Stream.of(flyway.getLocations()), Stream.of(DEMO_DATA))
                .toArray(Location[]::new));
    }
}
