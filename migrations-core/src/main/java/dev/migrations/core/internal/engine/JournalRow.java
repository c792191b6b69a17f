package dev.migrations.core.internal.engine;

import java.time.Instant;

/**
 * One row of the engine journal (Flyway's schema history table).
 *
 * @param rank           Flyway's installed_rank
 * @param version        version text, null for rows without a version (Flyway repeatable files, markers)
 * @param type           {@code SQL} for executed files, {@code BASELINE} for a baseline marker
 * @param checksum       32-bit slice of the file's SHA-256 at the time it was recorded
 * @param success        false for a failed no-transaction file
 */
public record JournalRow(int rank, String version, String description, String type, String script, Integer checksum,
        String installedBy, Instant installedOn, int executionMillis, boolean success) {

    /** True for the baseline marker row. */
    public boolean isBaseline() {
        return "BASELINE".equals(type);
    }

    /** True for a successful run of a repeatable file: no version, and not one of Flyway's marker rows. */
    public boolean isRepeatableRun() {
        return success && version == null && !"SCHEMA".equals(type) && !"DELETE".equals(type)
                && !isBaseline();
    }

    /** True for Flyway's marker that a repeatable file's earlier runs were deleted from the history. */
    public boolean isRepeatableDeletion() {
        return success && version == null && "DELETE".equals(type);
    }
}
