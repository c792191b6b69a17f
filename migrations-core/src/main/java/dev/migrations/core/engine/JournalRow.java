package dev.migrations.core.engine;

import java.time.Instant;

/**
 * One row of the engine journal (Flyway's schema history table).
 *
 * @param rank           Flyway's installed_rank
 * @param version        version text, null for rows without a version
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
}
