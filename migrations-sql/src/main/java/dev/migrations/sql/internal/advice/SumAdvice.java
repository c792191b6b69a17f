package dev.migrations.sql.internal.advice;

/** How messages name the way to rewrite {@code atlas.sum}: the API call and the command that wraps it. */
public final class SumAdvice {

    /** The API call that rewrites {@code atlas.sum}, and the command verb the front ends map it to. */
    public static final String REWRITE = "MigrationDirectory.writeSum() (the hash command)";

    private SumAdvice() {
    }
}
