package dev.migrations.sql.lint;

import dev.migrations.sql.lint.Ddl.AlterAction;
import dev.migrations.sql.lint.Ddl.ColumnDefinition;
import dev.migrations.sql.lint.Ddl.TableConstraint;
import dev.migrations.sql.lint.Words.QualifiedName;

import java.util.List;

/** MF101-MF104: changes that fail or not depending on the rows the table holds. */
final class DataDependentChanges implements LintRule {

    @Override
    public void check(CheckedStatement s) {
        if (s.ddl() instanceof Ddl.DropIndex drop) {
            for (QualifiedName index : drop.indexes()) {
                s.schema().index(index).ifPresent(known -> s.fileState().droppedIndexes.put(index.name(),
                        known.unique()));
            }
        } else if (s.ddl() instanceof Ddl.CreateIndex index && index.unique() && s.existsBefore(index.table())) {
            Boolean droppedUnique = s.fileState().droppedIndexes.get(index.name());
            if (droppedUnique != null && droppedUnique) {
                return;
            }
            if (droppedUnique != null) {
                s.report(LintCode.MF102, index.table(), "index " + CheckedStatement.quote(index.name()) + " on "
                        + CheckedStatement.display(index.table()) + " is recreated as unique, which fails if "
                        + columns(index.columns()) + " holds duplicates", duplicatesFix(index.table(),
                        index.columns()));
            } else {
                s.report(LintCode.MF101, index.table(), "unique index on " + CheckedStatement.display(index.table())
                        + " fails if " + columns(index.columns()) + " already holds duplicates",
                        duplicatesFix(index.table(), index.columns()));
            }
        } else if (s.ddl() instanceof Ddl.AlterTable alter && s.existsBefore(alter.table())) {
            for (AlterAction action : alter.actions()) {
                check(s, alter.table(), action);
            }
        }
    }

    private static void check(CheckedStatement s, QualifiedName table, AlterAction action) {
        if (action instanceof AlterAction.AddConstraint add
                && (add.constraint().kind() == TableConstraint.Kind.UNIQUE
                || add.constraint().kind() == TableConstraint.Kind.PRIMARY_KEY)
                && !add.constraint().usingIndex() && !allAddedInThisFile(s, table, add.constraint().columns())) {
            s.report(LintCode.MF101, table, (add.constraint().kind() == TableConstraint.Kind.UNIQUE ? "unique"
                    : "primary key") + " constraint on " + CheckedStatement.display(table) + " fails if "
                    + columns(add.constraint().columns()) + " already holds duplicates",
                    duplicatesFix(table, add.constraint().columns()));
        } else if (action instanceof AlterAction.AddColumn add) {
            ColumnDefinition column = add.column();
            if (column.notNull() && !column.hasDefault() && !column.rewrites()) {
                s.report(LintCode.MF103, table, "NOT NULL column " + CheckedStatement.quote(column.name())
                        + " is added to " + CheckedStatement.display(table) + " without a default, which fails as"
                        + " soon as the table has a row",
                        "Give the column a default (ADD COLUMN " + CheckedStatement.quote(column.name()) + " "
                                + column.type().text() + " NOT NULL DEFAULT <value>, instant since PostgreSQL 11),"
                                + " or add it nullable, backfill it, and set it NOT NULL in a later migration.");
            }
        } else if (action instanceof AlterAction.SetNotNull set) {
            s.report(LintCode.MF104, table, "column " + CheckedStatement.quote(set.column()) + " of "
                    + CheckedStatement.display(table) + " is made NOT NULL, which fails if a row holds NULL",
                    "Backfill first, in an earlier migration: UPDATE " + CheckedStatement.display(table) + " SET "
                            + CheckedStatement.quote(set.column()) + " = <value> WHERE "
                            + CheckedStatement.quote(set.column()) + " IS NULL;");
        }
    }

    private static boolean allAddedInThisFile(CheckedStatement s, QualifiedName table, List<String> columns) {
        return !columns.isEmpty() && columns.stream().allMatch(column -> s.schema().column(table, column)
                .map(c -> c.file() == s.fileIndex()).orElse(false));
    }

    static String columns(List<String> columns) {
        return columns.isEmpty() ? "the indexed expression" : "(" + String.join(", ",
                columns.stream().map(CheckedStatement::quote).toList()) + ")";
    }

    private static String duplicatesFix(QualifiedName table, List<String> columns) {
        String list = columns.isEmpty() ? "<columns>" : String.join(", ",
                columns.stream().map(CheckedStatement::quote).toList());
        return "Find and resolve duplicates first (SELECT " + list + ", count(*) FROM "
                + CheckedStatement.display(table) + " GROUP BY " + list + " HAVING count(*) > 1), and build the"
                + " index with CREATE UNIQUE INDEX CONCURRENTLY.";
    }
}
