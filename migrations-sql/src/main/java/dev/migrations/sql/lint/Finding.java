package dev.migrations.sql.lint;

import java.util.Objects;
import java.util.OptionalLong;

/**
 * One problem found in a migration file.
 *
 * @param code       the check that found it
 * @param severity   its configured severity (never {@link Severity#OFF})
 * @param file       the file's path relative to the migration directory
 * @param line       the 1-based line of the file on which the statement starts
 * @param statement  the statement as written
 * @param table      the table the statement touches, as {@code name} or {@code schema.name}; "" when none
 * @param message    what is wrong, naming the object
 * @param fix        how to do it safely, written out
 * @param tableBytes the table's size on disk, when read from a live database
 */
public record Finding(LintCode code, Severity severity, String file, int line, String statement, String table,
                      String message, String fix, OptionalLong tableBytes) {

    public Finding {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(fix, "fix");
        Objects.requireNonNull(tableBytes, "tableBytes");
    }

    /** This finding with the size of its table. */
    public Finding withTableBytes(long bytes) {
        return new Finding(code, severity, file, line, statement, table, message, fix, OptionalLong.of(bytes));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
