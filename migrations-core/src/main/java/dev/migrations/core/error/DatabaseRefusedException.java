package dev.migrations.core.error;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;

/**
 * The database cannot take this run, found before anything is written: a hot standby or read-only database
 * ({@link FaultKind#READ_ONLY}), a role without a privilege the run needs ({@link FaultKind#MISSING_PRIVILEGE}), or a
 * server that accepts no more connections ({@link FaultKind#TOO_MANY_CONNECTIONS}). Nothing was changed.
 */
public final class DatabaseRefusedException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    private final FaultKind fault;

    /** A refusal of kind {@code fault}, described by {@code message}. */
    public DatabaseRefusedException(FaultKind fault, String message, Throwable cause) {
        super(ErrorKind.DATABASE_REFUSED, message, cause);
        this.fault = fault;
    }

    /** Why the database cannot take the run. */
    public FaultKind fault() {
        return fault;
    }
}
