package dev.migrations.core.error;

import dev.migrations.error.ErrorKind;
import java.util.Optional;
import dev.migrations.url.DatabaseUrl;
import dev.migrations.error.MigrationsException;
import java.sql.SQLException;

/** A database call failed outside a migration file; the message is the driver's, with any password removed. */
public final class DatabaseException extends MigrationsException {

    public DatabaseException(SQLException cause) {
        super(ErrorKind.DATABASE_ERROR, "database error: " + DatabaseUrl.redact(String.valueOf(cause.getMessage())), cause);
    }

    /** The SQLSTATE of the failure (e.g. {@code 08001} for a refused connection), when the driver gave one. */
    public Optional<String> sqlState() {
        return SqlStates.of(getCause());
    }
}
