package dev.migrations.core.run;

import dev.migrations.core.fault.FaultKind;
import dev.migrations.sql.MigrationsException;

/**
 * The database cannot take this run, found before anything is written: a hot standby or read-only database
 * ({@link FaultKind#READ_ONLY}), a role without a privilege the run needs ({@link FaultKind#MISSING_PRIVILEGE}), or a
 * server that accepts no more connections ({@link FaultKind#TOO_MANY_CONNECTIONS}). Nothing was changed.
 */
public final class DatabaseRefusedException extends MigrationsException {

    private final FaultKind kind;

    DatabaseRefusedException(FaultKind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** Why the database cannot take the run. */
    public FaultKind kind() {
        return kind;
    }
}
