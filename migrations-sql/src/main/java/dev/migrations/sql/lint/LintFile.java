package dev.migrations.sql.lint;

import dev.migrations.sql.internal.analysis.SqlStatement;

import java.util.List;
import java.util.Objects;

/**
 * One migration file as the linter reads it.
 *
 * @param path          the file's path relative to the migration directory
 * @param text          the whole file, for the {@code -- atlas:nolint} comments
 * @param statements    the statements that run, with lines of the whole file
 * @param transactional whether the file runs inside a transaction opened by the runner
 * @param noTransaction how this file's layout turns the transaction off, for messages (e.g.
 *                      {@code -- atlas:txmode none})
 */
public record LintFile(String path, String text, List<SqlStatement> statements, boolean transactional,
                       String noTransaction) {

    public LintFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(text, "text");
        statements = List.copyOf(statements);
        Objects.requireNonNull(noTransaction, "noTransaction");
    }
}
