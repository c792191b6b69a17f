package dev.migrations.core.error;

import dev.migrations.core.error.FailureStage;
import dev.migrations.core.error.FaultKind;
import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;
import java.util.Optional;

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
    private final FaultKind fault;
    private final FailureStage stage;

    public MigrationFailedException(String message, String file, String version, int statement, int line,
            FaultKind fault, FailureStage stage, Throwable cause) {
        super(ErrorKind.MIGRATION_FAILED, message, cause);
        this.file = file;
        this.version = version;
        this.statement = statement;
        this.line = line;
        this.fault = fault;
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

    /** The SQLSTATE PostgreSQL reported for the failure (e.g. {@code 42P01}), when it reported one. */
    public Optional<String> sqlState() {
        return SqlStates.of(getCause());
    }

    /** Line in the file where the failed statement starts (0 when {@link #statement()} is 0). */
    public int line() {
        return line;
    }

    /** What stopped the file: a statement error, a timeout, a lost connection, a shutdown, ... */
    public FaultKind fault() {
        return fault;
    }

    /** Where in the file's run it stopped. */
    public FailureStage stage() {
        return stage;
    }
}
