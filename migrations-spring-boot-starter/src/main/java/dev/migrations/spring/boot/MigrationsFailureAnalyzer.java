package dev.migrations.spring.boot;

import dev.migrations.error.MigrationsException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link MigrationsException} that stopped the start into Spring Boot's "APPLICATION FAILED TO START"
 * report: the description is the library's message (the file, the line or version, what is wrong); the action is
 * its fix, with the library's API options and command-line flags written as the {@code migrations.*} properties.
 */
public class MigrationsFailureAnalyzer extends AbstractFailureAnalyzer<MigrationsException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MigrationsException cause) {
        String message = cause.getMessage() == null ? cause.getClass().getName() : cause.getMessage();
        String action = switch (cause.kind()) {
            case DIRTY_DATABASE -> "Adopt the schema at version V with migrations.baseline-version=V, or apply every"
                    + " file on top of what is there: set migrations.allow-dirty=true.";
            case LOCK_TIMEOUT -> "Wait for the other instance, or raise migrations.lock-timeout.";
            case POOLER_REFUSED -> "Use a direct connection, or set migrations.allow-pooler=true for a session-mode"
                    + " pooler.";
            default -> FixWording.action(message);
        };
        return new FailureAnalysis(message, action, cause);
    }
}
