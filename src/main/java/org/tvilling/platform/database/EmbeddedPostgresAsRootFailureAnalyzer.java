package org.tvilling.platform.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns the root refusal into Spring Boot's short failure report: a reason and the two ways out, no stack trace. */
class EmbeddedPostgresAsRootFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedPostgresAsRootException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedPostgresAsRootException cause) {
        return new FailureAnalysis(
                "tvilling was started as root with no database configured, so it would start its embedded"
                        + " PostgreSQL, and PostgreSQL refuses to run as root.",
                "Either run tvilling as a normal (non-root) user, or point it at an existing PostgreSQL server:"
                        + " set SPRING_DATASOURCE_URL (and SPRING_DATASOURCE_USERNAME, SPRING_DATASOURCE_PASSWORD).",
                cause);
    }
}
