package dev.migrations.core.internal.revisions;

import dev.migrations.sql.migration.Migration;
import java.time.Instant;
import java.util.List;

/**
 * One row of the revisions table, column for column as the Atlas CLI reads it.
 *
 * @param version        the file's version text, e.g. {@code 20240101120000}; {@code R__<description>} for a Flyway
 *                       repeatable file (see {@link Migration#revisionKey()})
 * @param description    the file's description (name after the version)
 * @param type           bitmask: {@link #BASELINE}, {@link #APPLIED}, {@link #SET}
 * @param applied        statements applied so far
 * @param total          statements in the file
 * @param executedAt     when execution started
 * @param executionNanos how long it took, in nanoseconds
 * @param error          the error of a failed no-transaction file, else null
 * @param errorStatement the statement that failed, else null
 * @param hash           the file's atlas.sum entry without {@code h1:}; empty for a baseline row
 * @param partialHashes  running {@code h1:} hashes of applied statements while the file is partial, else null
 * @param operatorVersion who wrote the row (library name and version)
 */
public record Revision(String version, String description, long type, long applied, long total, Instant executedAt,
        long executionNanos, String error, String errorStatement, String hash, List<String> partialHashes,
        String operatorVersion) {

    /** Type bit: adopted by baseline, never executed. */
    public static final long BASELINE = 1;
    /** Type bit: executed. */
    public static final long APPLIED = 2;
    /** Type bit: marked applied by {@code set}. */
    public static final long SET = 4;

    public Revision {
        partialHashes = partialHashes == null ? null : List.copyOf(partialHashes);
    }

    /** True when the type is a known one: baseline, applied, set, or a sum of them. */
    public boolean hasKnownType() {
        return type > 0 && (type & ~(BASELINE | APPLIED | SET)) == 0;
    }

    /** True when the file is fully done: executed without error, adopted by baseline, or marked by set. */
    public boolean isComplete() {
        if ((type & (BASELINE | SET)) != 0) {
            return true;
        }
        return error == null && applied >= total;
    }

    /** True for the row of a Flyway repeatable file, whose key is no version. */
    public boolean isRepeatable() {
        return Migration.isRepeatableKey(version);
    }

    /** True when a no-transaction file stopped part-way and must be resumed. */
    public boolean isPartial() {
        return !isComplete();
    }

    /** A copy with another type. */
    public Revision withType(long newType) {
        return new Revision(version, description, newType, applied, total, executedAt, executionNanos, error,
                errorStatement, hash, partialHashes, operatorVersion);
    }

    /** A copy with another hash. */
    public Revision withHash(String newHash) {
        return new Revision(version, description, type, applied, total, executedAt, executionNanos, error,
                errorStatement, newHash, partialHashes, operatorVersion);
    }
}
