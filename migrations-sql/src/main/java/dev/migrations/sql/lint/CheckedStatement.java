package dev.migrations.sql.lint;

import dev.migrations.sql.analysis.SqlStatement;
import dev.migrations.sql.lint.Words.QualifiedName;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A statement under check, with the schema as the statements before it left it.
 *
 * @param file      the file the statement is in
 * @param fileIndex the file's position in apply order
 * @param statement the statement
 * @param words     its tokens
 * @param ddl       what it does
 * @param schema    what the earlier statements created
 * @param fileState what the earlier statements of the same file did
 * @param findings  receives the findings
 */
record CheckedStatement(LintFile file, int fileIndex, SqlStatement statement, Words words, Ddl ddl,
                        SchemaContext schema, FileState fileState, List<RawFinding> findings) {

    private static final Pattern PLAIN_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_$]*");

    /** Whether the table existed before this file: statements on it hold locks others wait for. */
    boolean existsBefore(QualifiedName table) {
        return !schema.isCreatedIn(table, fileIndex);
    }

    void report(LintCode code, QualifiedName table, String message, String fix) {
        findings.add(new RawFinding(code, statement, table == null ? "" : display(table), message, fix));
    }

    /** How messages name a table: {@code name} or {@code schema.name}, quoted when needed. */
    static String display(QualifiedName name) {
        return name.schema().isEmpty() ? quote(name.name()) : quote(name.schema()) + "." + quote(name.name());
    }

    /** The identifier as it can be written back into SQL. */
    static String quote(String identifier) {
        return PLAIN_IDENTIFIER.matcher(identifier).matches() ? identifier : "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
