package dev.migrations.core.error;

import dev.migrations.error.MigrationsException;

/**
 * The directory and the database's history disagree in a way that needs a decision: an applied file was edited,
 * a file is older than the latest applied one, the database is ahead of the directory, or the schema holds
 * objects no revision accounts for. The message names the files and the ways out.
 */
public final class HistoryConflictException extends MigrationsException {

    /** Which disagreement. */
    public enum Kind { EDITED_APPLIED_FILE, OUT_OF_ORDER, DATABASE_AHEAD, DIRTY_DATABASE, PARTIAL_FILE, BAD_BASELINE,
        DAMAGED_HISTORY }

    private final Kind kind;

    public HistoryConflictException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    /** Which disagreement this is. */
    public Kind kind() {
        return kind;
    }
}
