package dev.migrations.sql.migration;

/** How a file runs with respect to transactions, from its {@code -- atlas:txmode} directive. */
public enum TxMode {
    /** The whole file runs in one transaction ({@code -- atlas:txmode file}). */
    FILE,
    /** The file runs outside any transaction ({@code -- atlas:txmode none}), e.g. for {@code CREATE INDEX CONCURRENTLY}. */
    NONE
}
