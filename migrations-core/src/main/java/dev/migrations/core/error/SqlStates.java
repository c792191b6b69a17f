package dev.migrations.core.error;

import java.sql.SQLException;
import java.util.Optional;

/** The first SQLSTATE in a chain of causes. */
final class SqlStates {

    private SqlStates() {
    }

    static Optional<String> of(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && e.getSQLState() != null) {
                return Optional.of(e.getSQLState());
            }
        }
        return Optional.empty();
    }
}
