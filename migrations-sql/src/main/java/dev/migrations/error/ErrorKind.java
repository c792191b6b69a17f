package dev.migrations.error;

/**
 * What went wrong, as a stable value to branch on: every {@link MigrationsException} has exactly one. The names do
 * not change between releases; new kinds may be added.
 */
public enum ErrorKind {

    /** An option has a value that cannot work: an empty name, a negative timeout, an unknown mode, a bad URL. */
    INVALID_CONFIGURATION,

    /** The migration directory (or class path location) does not exist or is not a folder. */
    DIRECTORY_NOT_FOUND,
    /** A class path directory exists in more than one place. */
    DIRECTORY_AMBIGUOUS,
    /** Reading the directory, or writing its {@code atlas.sum}, failed. */
    DIRECTORY_IO,
    /** The layout cannot be told from the files, or the files do not fit the layout asked for. */
    LAYOUT_UNRECOGNISED,
    /** The directory has migration files but no {@code atlas.sum}. */
    SUM_FILE_MISSING,
    /** A line of {@code atlas.sum} is not {@code <file> h1:<hash>}. */
    SUM_FILE_MALFORMED,
    /** The first line of {@code atlas.sum} does not match its entries. */
    SUM_FILE_CHECKSUM,
    /** Files were edited, added or removed since {@code atlas.sum} was written. */
    SUM_MISMATCH,
    /** Files break the rules that hold before applying (versions, names, UTF-8, release folders). */
    INVALID_MIGRATIONS,
    /** A file's header holds a directive that is unknown or malformed. */
    INVALID_DIRECTIVE,
    /** A file its layout's own tool would not run as written (annotations, sections, variables). */
    INVALID_SCRIPT,
    /** A script cannot be split into statements (an unterminated quote or comment). */
    SQL_SYNTAX,
    /** A statement cannot run the way the file asks: inside a transaction, or outside one in transaction mode all. */
    TRANSACTION_CONFLICT,

    /** The lint policy refused the pending files: they have lint errors; nothing was applied. */
    LINT_REFUSED,

    /** The URL looks like a transaction-mode connection pooler. */
    POOLER_REFUSED,
    /** The target schema does not exist and creating schemas is turned off. */
    SCHEMA_MISSING,
    /** A database call failed outside a migration file (connecting, reading or writing the history). */
    DATABASE_ERROR,
    /** The database cannot take the run, found before anything was written: read-only, a missing privilege, or no
     *  free connection. */
    DATABASE_REFUSED,
    /** The migration lock was not free in time. */
    LOCK_TIMEOUT,
    /** The session holding the migration lock ended during the run. */
    LOCK_LOST,
    /** A statement of a migration file failed. */
    MIGRATION_FAILED,
    /** The migration engine did not do what the run planned. */
    ENGINE_FAILED,

    /** An applied file's content changed since it was applied. */
    EDITED_APPLIED_FILE,
    /** Pending files are older than the latest applied one. */
    OUT_OF_ORDER,
    /** The database has applied versions the directory lacks. */
    DATABASE_AHEAD,
    /** The schema holds objects but no revisions. */
    DIRTY_DATABASE,
    /** A file stopped part-way in an earlier run, outside a transaction. */
    PARTIAL_FILE,
    /** A baseline that cannot be written: the database already has revisions, or the version is not a file's. */
    BAD_BASELINE,
    /** The history tables disagree with each other or hold rows this library cannot read. */
    DAMAGED_HISTORY,
    /** A check found the schema behind the directory, or out of step with it (pending, edited or missing files). */
    SCHEMA_NOT_UP_TO_DATE,
    /** A version given to an operation is not the version of a file in the directory. */
    UNKNOWN_VERSION,
    /** Another tool's history cannot be taken over as it is. */
    TAKEOVER_REFUSED
}
