package dev.migrations.sql.lint;

import dev.migrations.sql.lint.Ddl.AlterAction;
import dev.migrations.sql.lint.Ddl.ColumnDefinition;
import dev.migrations.sql.lint.Words.QualifiedName;

/** MG103: columns declared {@code timestamp} (without time zone), in new tables as in existing ones. */
final class TimestampWithoutTimeZone implements LintRule {

    @Override
    public void check(CheckedStatement s) {
        if (s.ddl() instanceof Ddl.CreateTable create) {
            for (ColumnDefinition column : create.columns()) {
                check(s, create.table(), column.name(), column.type());
            }
        } else if (s.ddl() instanceof Ddl.AlterTable alter) {
            for (AlterAction action : alter.actions()) {
                if (action instanceof AlterAction.AddColumn add) {
                    check(s, alter.table(), add.column().name(), add.column().type());
                } else if (action instanceof AlterAction.AlterColumnType change) {
                    check(s, alter.table(), change.column(), change.type());
                }
            }
        }
    }

    private static void check(CheckedStatement s, QualifiedName table, String column, Words type) {
        if (isTimestampWithoutTimeZone(type)) {
            s.report(LintCode.MG103, table, "column " + CheckedStatement.quote(column) + " of "
                    + CheckedStatement.display(table) + " is " + type.text()
                    + ", which stores no offset: the same instant reads differently per session time zone",
                    "Declare it timestamptz (timestamp with time zone).");
        }
    }

    static boolean isTimestampWithoutTimeZone(Words type) {
        if (!type.is(0, "TIMESTAMP")) {
            return false;
        }
        int i = 1;
        if (type.at(i) != null && type.at(i).type() == dev.migrations.sql.internal.analysis.SqlToken.Type.OPEN_PARENTHESIS) {
            i = type.closing(i) + 1;
        }
        return !type.are(i, "WITH", "TIME", "ZONE");
    }
}
