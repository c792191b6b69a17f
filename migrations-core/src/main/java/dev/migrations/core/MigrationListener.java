package dev.migrations.core;

import dev.migrations.core.result.AppliedFile;
import dev.migrations.core.result.Takeover;
import java.util.Optional;

/** Told about a run as it happens (for progress displays); every method has an empty default. */
public interface MigrationListener {

    /** A listener that ignores everything. */
    MigrationListener NONE = new MigrationListener() {
    };

    /**
     * Another tool's history was taken over (recorded as applied, in one transaction), before any pending file runs.
     */
    default void takenOver(Takeover takeover) {
    }

    /**
     * Files are about to be applied.
     *
     * @param toVersion the version the database will be at: the last versioned file's, or the current one when only
     *                  Flyway repeatable files run ("" when there is none)
     */
    default void runStarting(int pending, int totalFiles, Optional<String> fromVersion, String toVersion) {
    }

    /** A file was applied; {@code number} counts from 1 to {@code pending}. */
    default void fileApplied(AppliedFile file, int number, int pending) {
    }
}
