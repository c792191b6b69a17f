package dev.migrations.core.error;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Locale;
import org.postgresql.util.PSQLException;

/** What made a database call fail, told apart by SQLSTATE (and, for a dropped socket, by the I/O cause). */
public enum FaultKind {

    /** PostgreSQL refused the statement itself (syntax, constraint, missing object, ...). */
    STATEMENT_ERROR("the statement failed"),
    /** The statement ran longer than the statement timeout. */
    STATEMENT_TIMEOUT("the statement ran longer than the statement timeout"),
    /** The statement waited longer than the lock timeout. */
    LOCK_TIMEOUT("the statement waited longer than the statement lock timeout"),
    /** Someone cancelled the running statement ({@code pg_cancel_backend}, a client-side cancel). */
    STATEMENT_CANCELLED("the statement was cancelled"),
    /** The migrating thread was interrupted, and its running statement cancelled on the server. */
    INTERRUPTED("the migrating thread was interrupted (application shutdown), and the running statement was "
            + "cancelled"),
    /** The server ended the session: a shutdown or restart of the server, or {@code pg_terminate_backend}. */
    SESSION_TERMINATED("the server ended the session (a shutdown or restart of the server, or "
            + "pg_terminate_backend)"),
    /** The connection broke (network, proxy, a crashed server) or was already closed. */
    CONNECTION_LOST("the connection to the database was lost"),
    /** The server accepts no more connections ({@code max_connections} or a role/database limit). */
    TOO_MANY_CONNECTIONS("the server refused another connection: too many clients"),
    /** The session is read-only (a hot standby, or {@code default_transaction_read_only}). */
    READ_ONLY("the database only accepts reads (a hot standby, or default_transaction_read_only)"),
    /** The role lacks a privilege the statement needs. */
    MISSING_PRIVILEGE("the role lacks a privilege the statement needs");

    private final String description;

    FaultKind(String description) {
        this.description = description;
    }

    /** What happened, as a sentence fragment: {@code the connection to the database was lost}. */
    public String description() {
        return description;
    }

    /** Whether the session is gone: nothing more can run on the connection, and its transaction rolled back. */
    public boolean sessionGone() {
        return this == SESSION_TERMINATED || this == CONNECTION_LOST || this == TOO_MANY_CONNECTIONS;
    }

    /** Whether the fault came from outside the migration files: trying again later may succeed unchanged. */
    public boolean transientFault() {
        return sessionGone() || this == STATEMENT_CANCELLED || this == INTERRUPTED;
    }

    /**
     * Classifies a failure by the first SQL error in its cause chain.
     *
     * @param interrupted whether the failing thread was interrupted (a cancel it caused reads as {@link #INTERRUPTED})
     */
    public static FaultKind of(Throwable failure, boolean interrupted) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e) {
                return of(e, interrupted);
            }
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return CONNECTION_LOST;
            }
        }
        return STATEMENT_ERROR;
    }

    private static FaultKind of(SQLException e, boolean interrupted) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("57014")) {
            String message = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
            if (interrupted) {
                return INTERRUPTED;
            }
            return message.contains("statement timeout") ? STATEMENT_TIMEOUT : STATEMENT_CANCELLED;
        }
        if (state.equals("55P03")) {
            return LOCK_TIMEOUT;
        }
        if (state.startsWith("57P")) {
            return SESSION_TERMINATED;
        }
        if (state.equals("53300") || state.equals("53400")) {
            return TOO_MANY_CONNECTIONS;
        }
        if (state.startsWith("08")) {
            return CONNECTION_LOST;
        }
        if (state.equals("25006") || state.equals("25P04")) {
            return READ_ONLY;
        }
        if (state.equals("42501")) {
            return MISSING_PRIVILEGE;
        }
        if (state.isEmpty() && (e.getCause() instanceof IOException || e instanceof PSQLException p
                && p.getServerErrorMessage() == null && String.valueOf(e.getMessage()).contains("I/O error"))) {
            return CONNECTION_LOST;
        }
        SQLException next = e.getNextException();
        return next != null && next != e ? of(next, interrupted) : STATEMENT_ERROR;
    }
}
