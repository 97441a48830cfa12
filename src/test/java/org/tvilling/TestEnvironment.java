package org.tvilling;

import com.sun.security.auth.module.UnixSystem;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Skips the tests that need PostgreSQL when they run as root, which PostgreSQL refuses, so that the build
 * itself ({@code ./mvnw package}) works as root too. Say so loudly: those tests have not run.
 */
public final class TestEnvironment implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return runningAsRoot()
                ? ConditionEvaluationResult.disabled("PostgreSQL refuses to run as root: the database tests are"
                        + " skipped; run ./mvnw verify as a normal user to run them")
                : ConditionEvaluationResult.enabled("not root");
    }

    static boolean runningAsRoot() {
        try {
            return new UnixSystem().getUid() == 0;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError notUnix) {
            return false;
        }
    }
}
