package dev.migrations.core.error;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;
import dev.migrations.core.internal.fault.FaultDetail;
import java.sql.SQLException;
import java.util.Optional;

/**
 * A database call failed outside a migration file (while reading the history, planning, or preparing the tables);
 * the message says what happened, that nothing was applied, and what to do. Passwords are removed.
 */
public final class DatabaseException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    private final FaultKind fault;

    /** A failure whose message quotes the server's error (or the driver's) and its SQLSTATE, passwords removed. */
    public DatabaseException(SQLException cause) {
        this("database error: " + FaultDetail.of(cause),
                FaultKind.of(cause, false), cause);
    }

    /** A failure described by {@code message}, which must not contain a password. */
    public DatabaseException(String message, FaultKind fault, SQLException cause) {
        super(ErrorKind.DATABASE_ERROR, message, cause);
        this.fault = fault;
    }

    /** What went wrong: a lost connection, a shutdown, a timeout, a statement error, ... */
    public FaultKind fault() {
        return fault;
    }

    /** The SQLSTATE of the failure (e.g. {@code 08001} for a refused connection), when the driver gave one. */
    public Optional<String> sqlState() {
        return SqlStates.of(getCause());
    }
}
