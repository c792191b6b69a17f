package dev.migrations.core.internal.fault;

import dev.migrations.url.DatabaseUrl;
import java.sql.SQLException;
import org.postgresql.util.PSQLException;

/** How messages quote the database's own error: the server's message and SQLSTATE, passwords removed. */
public final class FaultDetail {

    private FaultDetail() {
    }

    /**
     * {@code ERROR: relation "x" does not exist (SQLSTATE 42P01); detail} for a server error, else the driver's
     * message with its SQLSTATE; the first {@link SQLException} in the cause chain is quoted when there is one.
     */
    public static String of(Throwable failure) {
        Throwable e = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                e = t;
                break;
            }
        }
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            var s = p.getServerErrorMessage();
            String text = s.getSeverity() + ": " + s.getMessage() + " (SQLSTATE " + s.getSQLState() + ")";
            if (s.getDetail() != null) {
                text += "; " + s.getDetail();
            }
            return DatabaseUrl.redact(text);
        }
        String text = String.valueOf(e.getMessage());
        if (e instanceof SQLException se && se.getSQLState() != null) {
            text += " (SQLSTATE " + se.getSQLState() + ")";
        }
        return DatabaseUrl.redact(text);
    }
}
