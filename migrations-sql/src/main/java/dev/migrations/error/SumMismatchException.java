package dev.migrations.error;

import dev.migrations.sql.sum.SumMismatch;

import java.util.Objects;

/** The migration files of a directory no longer match its {@code atlas.sum}. */
public class SumMismatchException extends MigrationsException {

    private static final long serialVersionUID = 1L;

    private final String directory;
    private final SumMismatch mismatch;

    public SumMismatchException(String message, String directory, SumMismatch mismatch) {
        super(ErrorKind.SUM_MISMATCH, message);
        this.directory = Objects.requireNonNull(directory, "directory");
        this.mismatch = Objects.requireNonNull(mismatch, "mismatch");
    }

    /** The first difference, as Atlas reports it. */
    public SumMismatch mismatch() {
        return mismatch;
    }

    /** The directory as shown to users, e.g. {@code db/migrations} or {@code classpath:db/migrations}. */
    public String directory() {
        return directory;
    }
}
