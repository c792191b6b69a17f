package dev.migrations.core.internal.connect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns off, on one of this library's sessions, the server-side timeouts a role or database may set
 * ({@code ALTER ROLE ... SET idle_session_timeout = '1s'}): the lock's session sits idle while files run on another
 * one, and must not be ended for it. Parameters the server does not know (PostgreSQL 13 has no
 * {@code idle_session_timeout}) are left out.
 */
public final class SessionTimeouts {

    /** Ends an idle session. */
    public static final String IDLE_SESSION = "idle_session_timeout";
    /** Ends a session idle inside a transaction. */
    public static final String IDLE_IN_TRANSACTION = "idle_in_transaction_session_timeout";
    /** Cancels a long statement. */
    public static final String STATEMENT = "statement_timeout";

    private SessionTimeouts() {
    }

    /**
     * Sets the named timeouts to 0 (off) for the session.
     *
     * @return the {@code RESET} statements that give the session its defaults back, joined by {@code ;}
     */
    public static String disable(Connection c, Set<String> names) throws SQLException {
        List<String> known = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, set_config(name, '0', false) "
                + "FROM pg_catalog.pg_settings WHERE name = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("text", names.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                }
            }
        }
        StringBuilder reset = new StringBuilder();
        for (String name : known) {
            reset.append("RESET ").append(name).append(';');
        }
        return reset.toString();
    }

    /** Runs what {@link #disable} returned. */
    public static void restore(Connection c, String resetSql) throws SQLException {
        if (resetSql.isEmpty()) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute(resetSql);
        }
    }
}
