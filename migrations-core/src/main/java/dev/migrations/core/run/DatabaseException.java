package dev.migrations.core.run;

import dev.migrations.core.connect.DatabaseUrl;
import dev.migrations.core.fault.FaultKind;
import dev.migrations.sql.MigrationsException;
import java.sql.SQLException;

/**
 * A database call failed outside a migration file (while reading the history, planning, or preparing the tables);
 * the message says what happened, that nothing was applied, and what to do. Passwords are removed.
 */
public final class DatabaseException extends MigrationsException {

    private final FaultKind kind;

    DatabaseException(SQLException cause) {
        super("database error: " + DatabaseUrl.redact(String.valueOf(cause.getMessage())), cause);
        this.kind = FaultKind.of(cause, false);
    }

    private DatabaseException(String message, FaultKind kind, SQLException cause) {
        super(message, cause);
        this.kind = kind;
    }

    /**
     * A failure of a {@code migrate()} run before any file ran: what was written in the same transaction (tables,
     * baseline, takeover) rolled back with it.
     *
     * @param statusCommand the command that shows where the schema is
     */
    static DatabaseException beforeFiles(SQLException cause, String statusCommand) {
        FaultKind kind = FaultKind.of(cause, Thread.currentThread().isInterrupted());
        String next = kind.transientFault()
                ? "Check that the server is up and reachable (and that nothing ends this application's sessions), "
                        + "then apply again."
                : "Run '" + statusCommand + "' to see the schema's state, correct what the error names, then apply "
                        + "again.";
        return new DatabaseException("the run stopped before any migration file ran: " + kind.description()
                + " while it read the history and prepared its tables (" + Faults.detail(cause) + "). Nothing was "
                + "applied or recorded. " + next, kind, cause);
    }

    /** What went wrong. */
    public FaultKind kind() {
        return kind;
    }
}
