/**
 * Migration directories without a database: the layouts, {@code atlas.sum}, versions, and the errors every module
 * of this project raises.
 *
 * <p>Exported: {@code dev.migrations.error} (the exception hierarchy), {@code dev.migrations.sql.dir} (where a
 * directory lives and how its layout is read), {@code dev.migrations.sql.sum} ({@code atlas.sum}),
 * {@code dev.migrations.sql.migration} (the loaded, verified files), {@code dev.migrations.sql.version} and
 * {@code dev.migrations.sql.lint} (the linter's findings and report).
 * The lexer, the directive and script configuration parsers and the layouts' script readers are internal; only
 * the runner reads them.
 */
module dev.migrations.sql {
    exports dev.migrations.error;
    exports dev.migrations.sql.dir;
    exports dev.migrations.sql.lint;
    exports dev.migrations.sql.migration;
    exports dev.migrations.sql.sum;
    exports dev.migrations.sql.version;

    exports dev.migrations.sql.internal.advice to dev.migrations.core;
    exports dev.migrations.sql.internal.analysis to dev.migrations.core;
    exports dev.migrations.sql.internal.layout to dev.migrations.core;
}
