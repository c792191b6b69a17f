package dev.migrations.core.result;

import java.util.List;
import java.util.Optional;

/**
 * What {@code migrate()} would do, computed without writing anything (no tables created, no baseline row).
 *
 * @param schema          the target schema
 * @param fromVersion     the database version now
 * @param baselineVersion the version a baseline would adopt the database at
 * @param files           files that would be applied, in order
 * @param skipped         files that would be skipped (exec order linear-skip)
 * @param warnings        what the run would warn about
 * @param totalFiles      files in the directory
 * @param takeover        the other tool's history a run would take over (its files are not in {@code files})
 */
public record DryRunResult(String schema, Optional<String> fromVersion, Optional<String> baselineVersion,
        List<PlannedFile> files, List<String> skipped, List<String> warnings, int totalFiles,
        Optional<Takeover> takeover) {

    public DryRunResult {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }
}
