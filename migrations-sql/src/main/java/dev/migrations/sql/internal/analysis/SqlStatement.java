package dev.migrations.sql.internal.analysis;

import java.util.Objects;
import java.util.Optional;

/**
 * One executable statement of a script.
 *
 * @param sql the statement exactly as written in the script, from its first token to its last token: no terminating
 *     {@code ;}, no leading or trailing whitespace or comments; comments between tokens are kept untouched
 * @param line the 1-based line of the script on which the statement's first token starts
 * @param copyData for {@code COPY ... FROM STDIN}, the data lines that follow the statement (with their original line
 *     endings, up to but excluding the terminating {@code \.} line); otherwise empty
 */
public record SqlStatement(String sql, int line, Optional<String> copyData) {

    public SqlStatement {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(copyData, "copyData");
        if (line < 1) {
            throw new IllegalArgumentException("line must be at least 1, was " + line);
        }
    }

    /** Creates a statement without {@code COPY} data. */
    public SqlStatement(String sql, int line) {
        this(sql, line, Optional.empty());
    }
}
