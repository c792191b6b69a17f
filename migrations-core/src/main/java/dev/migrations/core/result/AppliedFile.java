package dev.migrations.core.result;

import dev.migrations.sql.migration.Migration;
import java.time.Duration;

/**
 * A file applied by a run.
 *
 * @param version     its version; for a Flyway repeatable file its key in the revisions table, {@code R__<description>}
 * @param description its description
 * @param file        its path in the directory (release folder included)
 * @param duration    how long its statements took
 * @param statements  how many statements it has
 * @param resumedAt   0 for a fresh start; otherwise the 0-based statement a resumed no-transaction file restarted at
 */
public record AppliedFile(String version, String description, String file, Duration duration, int statements,
        int resumedAt) {

    /** Whether it is a Flyway repeatable file (no version; applied again when it changes). */
    public boolean repeatable() {
        return Migration.isRepeatableKey(version);
    }
}
