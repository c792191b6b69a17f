package dev.migrations.core.error;

import dev.migrations.core.internal.connect.DatabaseUrl;
import dev.migrations.error.MigrationsException;
import java.sql.SQLException;

/** A database call failed outside a migration file; the message is the driver's, with any password removed. */
public final class DatabaseException extends MigrationsException {

    public DatabaseException(SQLException cause) {
        super("database error: " + DatabaseUrl.redact(String.valueOf(cause.getMessage())), cause);
    }
}
