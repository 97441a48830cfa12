package org.tvilling.platform.database;

/** Raised at start-up when the embedded default would have to run PostgreSQL as root, which it refuses. */
public class EmbeddedPostgresAsRootException extends RuntimeException {

    public EmbeddedPostgresAsRootException() {
        super("The embedded PostgreSQL cannot run as root");
    }
}
