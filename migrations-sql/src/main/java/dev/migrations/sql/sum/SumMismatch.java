package dev.migrations.sql.sum;

import java.util.Locale;
import java.util.Objects;

/**
 * The first difference between a recorded {@code atlas.sum} and the files on disk, diagnosed like Atlas.
 *
 * @param line   the line of {@code atlas.sum} where the difference starts (the first file is line 2)
 * @param file   the file that was edited, added or removed
 * @param change what happened to it
 */
public record SumMismatch(int line, String file, Change change) {

    /** What happened to a file since {@code atlas.sum} was written. */
    public enum Change {
        EDITED, ADDED, REMOVED;

        /** {@code edited}, {@code added} or {@code removed}, as Atlas words it. */
        public String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public SumMismatch {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(change, "change");
    }

    /** Atlas's wording, e.g. {@code L5: x.sql was edited}. */
    @Override
    public String toString() {
        return "L" + line + ": " + file + " was " + change.word();
    }
}
