package dev.migrations.core.run;

import dev.migrations.core.fault.FailureStage;
import dev.migrations.core.fault.FaultKind;
import dev.migrations.sql.MigrationsException;

/**
 * A migration file did not complete: one of its statements failed, or the connection, the server or the
 * application stopped it. The message names the file, version, statement and line, what is applied and recorded,
 * and what to do next.
 */
public final class MigrationFailedException extends MigrationsException {

    private final String file;
    private final String version;
    private final int statement;
    private final int line;
    private final FaultKind kind;
    private final FailureStage stage;

    MigrationFailedException(String message, String file, String version, int statement, int line, FaultKind kind,
            FailureStage stage, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.version = version;
        this.statement = statement;
        this.line = line;
        this.kind = kind;
        this.stage = stage;
    }

    /** The file's path in the directory. */
    public String file() {
        return file;
    }

    /** The file's version. */
    public String version() {
        return version;
    }

    /**
     * 1-based number of the failed statement in the file; for a failure while recording or committing, the last
     * statement; 0 when the run stopped before the file's first statement.
     */
    public int statement() {
        return statement;
    }

    /** Line in the file where the failed statement starts (0 when {@link #statement()} is 0). */
    public int line() {
        return line;
    }

    /** What stopped the file: a statement error, a timeout, a lost connection, a shutdown, ... */
    public FaultKind kind() {
        return kind;
    }

    /** Where in the file's run it stopped. */
    public FailureStage stage() {
        return stage;
    }
}
