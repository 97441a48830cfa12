package org.tvilling.platform.database;

import com.sun.security.auth.module.UnixSystem;

final class RunningUser {

    private RunningUser() {}

    /** PostgreSQL's initdb and postgres refuse to run with uid 0. */
    static boolean isRoot() {
        try {
            return new UnixSystem().getUid() == 0;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError notUnix) {
            return false;
        }
    }
}
