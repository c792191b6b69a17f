package dev.migrations.sql.lint;

import dev.migrations.sql.internal.analysis.SqlStatement;
import dev.migrations.sql.lint.Words.QualifiedName;

import java.util.List;
import java.util.Set;
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

    /** Reserved words that must be quoted to be used as names. */
    private static final Set<String> RESERVED = Set.of("all", "analyse", "analyze", "and", "any", "array", "as",
            "asc", "asymmetric", "both", "case", "cast", "check", "collate", "column", "constraint", "create",
            "current_date", "current_role", "current_time", "current_timestamp", "current_user", "default",
            "deferrable", "desc", "distinct", "do", "else", "end", "except", "false", "fetch", "for", "foreign",
            "from", "grant", "group", "having", "in", "initially", "intersect", "into", "lateral", "leading", "limit",
            "localtime", "localtimestamp", "not", "null", "offset", "on", "only", "or", "order", "placing", "primary",
            "references", "returning", "select", "session_user", "some", "symmetric", "table", "then", "to",
            "trailing", "true", "union", "unique", "user", "using", "variadic", "when", "where", "window", "with");

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
        if (PLAIN_IDENTIFIER.matcher(identifier).matches() && !RESERVED.contains(identifier)) {
            return identifier;
        }
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
