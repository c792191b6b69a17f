package dev.migrations.core.error;

import dev.migrations.error.MigrationsException;

/** A statement of a migration file failed; the message names the file, version, statement and line. */
public final class MigrationFailedException extends MigrationsException {

    private final String file;
    private final String version;
    private final int statement;
    private final int line;

    public MigrationFailedException(String message, String file, String version, int statement, int line, Throwable cause) {
        super(message, cause);
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

    /** Line in the file where the failed statement starts. */
    public int line() {
        return line;
    }
}
