package dev.migrations.sql.lint;

import dev.migrations.sql.lint.Ddl.AlterAction;
import dev.migrations.sql.lint.Words.QualifiedName;

/** DS101-DS103: dropped schemas, tables and columns that held data before this file. */
final class DestructiveChanges implements LintRule {

    @Override
    public void check(CheckedStatement s) {
        if (s.ddl() instanceof Ddl.DropSchema drop) {
            for (String schema : drop.schemas()) {
                if (s.schema().isSchemaCreatedIn(schema, s.fileIndex())) {
                    continue;
                }
                s.report(LintCode.DS101, null, "schema " + CheckedStatement.quote(schema)
                        + " is dropped with every object and row in it",
                        "Back the schema up or keep it; if dropping it is intended, say so with"
                                + " '-- atlas:nolint DS101' on the line above the statement.");
            }
        } else if (s.ddl() instanceof Ddl.DropTable drop) {
            for (QualifiedName table : drop.tables()) {
                if (s.existsBefore(table)) {
                    s.report(LintCode.DS102, table, "table " + CheckedStatement.display(table)
                            + " is dropped with all its rows",
                            "Deploy code that no longer uses the table first; keep a copy (ALTER TABLE "
                                    + CheckedStatement.display(table) + " RENAME TO "
                                    + CheckedStatement.quote(table.name() + "_old") + ", dropped in a later release) or, if the data may go, mark the statement"
                                    + " with '-- atlas:nolint DS102'.");
                }
            }
        } else if (s.ddl() instanceof Ddl.AlterTable alter && s.existsBefore(alter.table())) {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.DropColumn drop
                        && !addedInThisFile(s, alter.table(), drop.column())) {
                    s.report(LintCode.DS103, alter.table(), "column " + CheckedStatement.quote(drop.column())
                            + " of " + CheckedStatement.display(alter.table()) + " is dropped with its data",
                            "Deploy code that no longer reads or writes " + CheckedStatement.quote(drop.column())
                                    + " first, then drop it in a later migration marked"
                                    + " '-- atlas:nolint DS103'.");
                }
            }
        }
    }

    private static boolean addedInThisFile(CheckedStatement s, QualifiedName table, String column) {
        return s.schema().column(table, column).map(c -> c.file() == s.fileIndex()).orElse(false);
    }
}
