package dev.migrations.sql.lint;

import dev.migrations.sql.lint.Words.QualifiedName;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * PG101-PG103: indexes built or dropped on existing tables without {@code CONCURRENTLY}, and {@code CONCURRENTLY} in
 * a file that runs in a transaction.
 */
final class ConcurrentIndexes implements LintRule {

    private static final Pattern FIRST_INDEX = Pattern.compile("(?i)\\b(INDEX)\\b");

    @Override
    public void check(CheckedStatement s) {
        if (s.ddl() instanceof Ddl.CreateIndex index) {
            if (index.concurrently()) {
                refuseTransaction(s, index.table(), "CREATE INDEX CONCURRENTLY");
            } else if (s.existsBefore(index.table())) {
                s.report(LintCode.PG101, index.table(), "index " + (index.name().isEmpty() ? ""
                        : CheckedStatement.quote(index.name()) + " ") + "is built on existing table "
                        + CheckedStatement.display(index.table())
                        + " without CONCURRENTLY: writes to the table wait until it is built",
                        concurrently(s.statement().sql()) + "; in a file of its own that runs without a transaction ("
                                + s.file().noTransaction() + ").");
            }
        } else if (s.ddl() instanceof Ddl.DropIndex drop) {
            for (QualifiedName index : drop.indexes()) {
                Optional<SchemaContext.Index> known = s.schema().index(index);
                QualifiedName table = known.map(k -> tableOf(k.tableKey())).orElse(null);
                if (drop.concurrently()) {
                    refuseTransaction(s, table, "DROP INDEX CONCURRENTLY");
                } else if (known.map(k -> k.file() != s.fileIndex()).orElse(true)) {
                    s.report(LintCode.PG102, table, "index " + CheckedStatement.display(index)
                            + " is dropped without CONCURRENTLY: its table is locked against reads and writes"
                            + " until the drop finishes",
                            "DROP INDEX CONCURRENTLY " + CheckedStatement.display(index) + "; (one index per"
                                    + " statement) in a file of its own"
                                    + " that runs without a transaction (" + s.file().noTransaction() + ").");
                }
            }
        }
    }

    /** The statement with {@code CONCURRENTLY} after its first {@code INDEX}. */
    private static String concurrently(String sql) {
        return FIRST_INDEX.matcher(sql.replaceAll("\\s+", " ")).replaceFirst("$1 CONCURRENTLY");
    }

    /** The table of a tracked key: {@code name} or {@code schema.name}. */
    private static QualifiedName tableOf(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? new QualifiedName("", key, 0) : new QualifiedName(key.substring(0, dot),
                key.substring(dot + 1), 0);
    }

    private static void refuseTransaction(CheckedStatement s, QualifiedName table, String command) {
        if (s.file().transactional()) {
            s.report(LintCode.PG103, table, command + " cannot run inside a transaction block, and this file runs"
                    + " in one", "Turn the file's transaction off (" + s.file().noTransaction()
                    + ") and keep the concurrent statements in a file of their own.");
        }
    }
}
