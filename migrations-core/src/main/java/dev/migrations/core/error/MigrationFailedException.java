package dev.migrations.core.error;

import dev.migrations.error.ErrorKind;
import java.util.Optional;
import dev.migrations.error.MigrationsException;

/** A statement of a migration file failed; the message names the file, version, statement and line. */
public final class MigrationFailedException extends MigrationsException {

    private final String file;
    private final String version;
    private final int statement;
    private final int line;

    public MigrationFailedException(String message, String file, String version, int statement, int line, Throwable cause) {
        super(ErrorKind.MIGRATION_FAILED, message, cause);
        this.file = file;
        this.version = version;
        this.statement = statement;
        this.line = line;
    }

    /** The file's path in the directory. */
    public String file() {
        return file;
    }

    /** The file's version. */
    public String version() {
        return version;
    }

    /** 1-based number of the failed statement in the file. */
    public int statement() {
        return statement;
    }

    /** The SQLSTATE PostgreSQL reported for the failure (e.g. {@code 42P01}), when it reported one. */
    public Optional<String> sqlState() {
        return SqlStates.of(getCause());
    }

    /** Line in the file where the failed statement starts. */
    public int line() {
        return line;
    }
}
