package dev.migrations.core.result;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What {@code migrate()} did.
 *
 * @param schema      the target schema
 * @param fromVersion the database version before the run (empty for a new database)
 * @param toVersion   the database version after the run
 * @param applied     the files applied, in order
 * @param skipped     files left out on purpose (older than the latest applied, with exec order linear-skip)
 * @param warnings    things an operator should know (e.g. the database is ahead of the directory)
 * @param totalFiles  files in the directory
 * @param duration    the whole run, lock wait included
 * @param baseline    the version this run adopted the database at (a baseline on a database without revisions)
 * @param takeover    the other tool's history this run took over (recorded as applied before the pending files)
 * @param repairs     what the run repaired before running statements, one sentence each: invalid indexes an
 *                    interrupted concurrent build of an earlier run left, dropped and built again
 */
public record MigrateResult(String schema, Optional<String> fromVersion, Optional<String> toVersion,
        List<AppliedFile> applied, List<String> skipped, List<String> warnings, int totalFiles, Duration duration,
        Optional<String> baseline, Optional<Takeover> takeover, List<String> repairs) {

    public MigrateResult {
        repairs = List.copyOf(repairs);
        applied = List.copyOf(applied);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    /** True when nothing was pending. */
    public boolean nothingApplied() {
        return applied.isEmpty();
    }
}
