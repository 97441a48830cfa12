package org.tvilling.platform.database;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Decides between local mode and production mode before any bean exists (design.md §2, §6): with no
 * {@code spring.datasource.url} the server runs on its embedded PostgreSQL, loads the demo data and issues
 * its own tokens, logging plain text; with one it starts nothing and loads nothing, and logs JSON. Explicit
 * settings of the same properties win, as these are added as the last property source.
 */
public class LocalModeEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String EMBEDDED = "tvilling.embedded-postgres.enabled";
    static final String DEMO_DATA = "tvilling.demo-data.enabled";
    public static final String LOCAL_ISSUER = "tvilling.local-issuer.enabled";
    static final String STRUCTURED_LOGS = "logging.structured.format.console";
    static final String MIGRATIONS_MODE = "tvilling.migrations.mode";

    private final BooleanSupplier runningAsRoot;

    public LocalModeEnvironmentPostProcessor() {
        this(RunningUser::isRoot);
    }

    LocalModeEnvironmentPostProcessor(BooleanSupplier runningAsRoot) {
        this.runningAsRoot = runningAsRoot;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean local = !StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        Map<String, Object> defaults = new HashMap<>(Map.of(EMBEDDED, local, DEMO_DATA, local, LOCAL_ISSUER, local));
        if (!local) {
            // Production mode logs one JSON object per line (Elastic Common Schema); local mode plain text.
            defaults.put(STRUCTURED_LOGS, "ecs");
        }
        if ("only".equalsIgnoreCase(environment.getProperty(MIGRATIONS_MODE))) {
            // The migration job serves nothing: no web server, no management port.
            defaults.put("spring.main.web-application-type", "none");
        }
        environment.getPropertySources().addLast(new MapPropertySource("tvillingMode", defaults));
        if (environment.getProperty(EMBEDDED, Boolean.class, false) && runningAsRoot.getAsBoolean()) {
            throw new EmbeddedPostgresAsRootException();
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
