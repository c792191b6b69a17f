package dev.migrations.core.result;

/** Where a directory file stands in the database. */
public enum FileState {
    /** Executed completely. */
    APPLIED,
    /** Covered by a baseline: counted as applied, never executed. */
    BASELINE,
    /** Marked applied by {@code set}. */
    SET,
    /** A no-transaction file that stopped part-way; the next run resumes it. */
    PARTIAL,
    /** Not applied yet. */
    PENDING,
    /** A Flyway repeatable file whose content changed since it was last applied: the next run applies it again. */
    OUTDATED
}
