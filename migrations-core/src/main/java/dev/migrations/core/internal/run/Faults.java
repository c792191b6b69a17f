package dev.migrations.core.internal.run;

import dev.migrations.core.error.DatabaseException;
import dev.migrations.core.error.DatabaseRefusedException;
import dev.migrations.core.error.FaultKind;
import dev.migrations.core.internal.connect.Identifiers;
import dev.migrations.core.internal.fault.FaultDetail;
import java.sql.SQLException;

/** The errors of a run that failed on the database before or around its files, each naming the fix. */
public final class Faults {

    private Faults() {
    }

    /**
     * A failure of a {@code migrate()} run before any file ran: what was written in the same transaction (tables,
     * baseline, takeover) rolled back with it.
     */
    public static DatabaseException beforeFiles(SQLException cause) {
        FaultKind fault = FaultKind.of(cause, Thread.currentThread().isInterrupted());
        String next = fault.transientFault()
                ? "Check that the server is up and reachable (and that nothing ends this application's sessions), "
                        + "then apply again."
                : "See the schema's state with status(), correct what the error names, then apply again.";
        return new DatabaseException("the run stopped before any migration file ran: " + fault.description()
                + " while it read the history and prepared its tables (" + FaultDetail.of(cause) + "). Nothing was "
                + "applied or recorded. " + next, fault, cause);
    }

    /** The refusal for a server at its connection limit. */
    public static DatabaseRefusedException tooManyConnections(SQLException e, String schema) {
        return new DatabaseRefusedException(FaultKind.TOO_MANY_CONNECTIONS, "the server accepts no more connections ("
                + FaultDetail.of(e) + "): migrating schema " + Identifiers.quote(schema) + " needs two (the lock's "
                + "session and the one the files run on). Close idle sessions or raise max_connections (or the "
                + "role's or database's CONNECTION LIMIT), then apply again. Nothing was changed.", e);
    }
}
