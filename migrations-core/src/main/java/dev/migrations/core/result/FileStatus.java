package dev.migrations.core.result;

import dev.migrations.sql.migration.Migration;
import java.time.Instant;
import java.util.Optional;

/**
 * One directory file and its state.
 *
 * @param version     its version; for a Flyway repeatable file its key in the revisions table, {@code R__<description>}
 * @param description its description
 * @param file        its path in the directory
 * @param state       applied, baseline, set, partial or pending
 * @param executedAt  when it was executed, if it was
 * @param applied     statements applied (for partial files)
 * @param total       statements in the file as recorded
 * @param error       the recorded error of a partial file
 */
public record FileStatus(String version, String description, String file, FileState state,
        Optional<Instant> executedAt, long applied, long total, Optional<String> error) {

    /** Whether it is a Flyway repeatable file (no version; applied again when it changes). */
    public boolean repeatable() {
        return Migration.isRepeatableKey(version);
    }
}
