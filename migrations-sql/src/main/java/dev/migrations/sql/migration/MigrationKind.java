package dev.migrations.sql.migration;

/** What role a migration file plays. */
public enum MigrationKind {
    /** An ordinary, versioned migration (Atlas and golang-migrate files, Flyway {@code V} files). */
    VERSIONED,
    /** A Flyway baseline ({@code B}) file: the starting point of a fresh database. */
    BASELINE,
    /** A Flyway repeatable ({@code R}) file: no version, re-applied when its content changes. */
    REPEATABLE
}
