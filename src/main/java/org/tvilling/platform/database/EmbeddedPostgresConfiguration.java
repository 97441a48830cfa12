package org.tvilling.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.FileSystemUtils;

/** Local mode (design.md §6): a real PostgreSQL 17 from Maven Central, started with the server. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(LocalModeEnvironmentPostProcessor.EMBEDDED)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        if (properties.cleanDataDirectory()) {
            // a throwaway directory is removed when the server stops; one left by a run that was killed would
            // make initdb refuse to start
            FileSystemUtils.deleteRecursively(properties.dataDirectory());
        }
        Files.createDirectories(properties.dataDirectory());
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(properties.dataDirectory())
                .setCleanDataDirectory(properties.cleanDataDirectory())
                .setPort(properties.port());
        if (properties.durable()) {
            // The library starts PostgreSQL with -F (fsync off) and synchronous_commit off, fit for tests only:
            // a later -c wins over -F, so these restore PostgreSQL's own defaults.
            builder.setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        log.info(
                "Embedded PostgreSQL on port {}, data in {}",
                postgres.getPort(),
                properties.dataDirectory().toAbsolutePath().normalize());
        return postgres;
    }

    /** The pool with the settings of {@code spring.datasource.hikari}, the bounded waits among them. */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
    }
}
