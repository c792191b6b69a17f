package dev.migrations.core.error;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;
import java.util.List;
import java.util.Objects;

/**
 * The directory and the database's history disagree in a way that needs a decision. {@link #kind()} is one of
 * {@link ErrorKind#EDITED_APPLIED_FILE}, {@link ErrorKind#OUT_OF_ORDER}, {@link ErrorKind#DATABASE_AHEAD},
 * {@link ErrorKind#DIRTY_DATABASE}, {@link ErrorKind#PARTIAL_FILE}, {@link ErrorKind#BAD_BASELINE} or
 * {@link ErrorKind#DAMAGED_HISTORY}; the files and versions involved come with it.
 */
public final class HistoryConflictException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    private final String schema;
    private final List<String> files;
    private final List<String> versions;

    /**
     * @param schema   the target schema
     * @param files    the directory files involved, relative to the directory (may be empty)
     * @param versions the versions involved, as recorded or as named by the files (may be empty)
     */
    public HistoryConflictException(ErrorKind kind, String schema, List<String> files, List<String> versions,
            String message) {
        super(kind, message);
        this.schema = Objects.requireNonNull(schema, "schema");
        this.files = List.copyOf(files);
        this.versions = List.copyOf(versions);
    }

    /** The target schema. */
    public String schema() {
        return schema;
    }

    /**
     * The directory files involved, relative to the directory: the edited files, the files older than the applied
     * version, the partly applied file. Empty for {@link ErrorKind#DIRTY_DATABASE} and
     * {@link ErrorKind#DATABASE_AHEAD} (the database has no files to name).
     */
    public List<String> files() {
        return files;
    }

    /**
     * The versions involved: of the files above, the versions only the database has
     * ({@link ErrorKind#DATABASE_AHEAD}), or the baseline version asked for ({@link ErrorKind#BAD_BASELINE}).
     */
    public List<String> versions() {
        return versions;
    }
}
