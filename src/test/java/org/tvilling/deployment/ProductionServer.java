package org.tvilling.deployment;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.tvilling.Application;

/** One server instance in production mode (a database URL given), in this JVM, on free ports. */
final class ProductionServer implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ProductionServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static ProductionServer start(String jdbcUrl, String... settings) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--server.port=0",
                "--management.server.port=0"));
        arguments.addAll(List.of(settings));
        return new ProductionServer(
                new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new)));
    }

    ConfigurableApplicationContext context() {
        return context;
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    int managementPort() {
        return Integer.parseInt(context.getEnvironment().getRequiredProperty("local.management.port"));
    }

    @Override
    public void close() {
        context.close();
    }
}
