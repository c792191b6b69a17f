package dev.migrations.core.run;

import dev.migrations.sql.MigrationsException;
import dev.migrations.url.DatabaseUrl;
import java.sql.SQLException;

/** A database call failed outside a migration file; the message is the driver's, with any password removed. */
public final class DatabaseException extends MigrationsException {

    DatabaseException(SQLException cause) {
        super("database error: " + DatabaseUrl.redact(String.valueOf(cause.getMessage())), cause);
    }
}
