package dev.migrations.sql.lint;

import dev.migrations.sql.lint.Ddl.AlterAction;
import dev.migrations.sql.lint.Ddl.TableConstraint;

/** PG303-PG306: constraints that scan a whole existing table while holding a lock that blocks traffic. */
final class TableScans implements LintRule {

    @Override
    public void check(CheckedStatement s) {
        if (!(s.ddl() instanceof Ddl.AlterTable alter) || !s.existsBefore(alter.table())) {
            return;
        }
        String table = CheckedStatement.display(alter.table());
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.SetNotNull set && !s.schema().hasNotNullCheck(alter.table(),
                    set.column())) {
                String column = CheckedStatement.quote(set.column());
                String check = CheckedStatement.quote(alter.table().name() + "_" + set.column() + "_not_null");
                s.report(LintCode.PG303, alter.table(), "SET NOT NULL on " + column + " scans all of " + table
                        + " under an ACCESS EXCLUSIVE lock",
                        "ALTER TABLE " + table + " ADD CONSTRAINT " + check + " CHECK (" + column
                                + " IS NOT NULL) NOT VALID; then, in a later transaction, ALTER TABLE " + table
                                + " VALIDATE CONSTRAINT " + check + "; ALTER TABLE " + table + " ALTER COLUMN "
                                + column + " SET NOT NULL; ALTER TABLE " + table + " DROP CONSTRAINT " + check
                                + "; (PostgreSQL 12+ skips the scan when a valid CHECK proves the column has no"
                                + " NULL)");
            } else if (action instanceof AlterAction.AddConstraint add) {
                check(s, alter, table, add.constraint());
            }
        }
    }

    private static void check(CheckedStatement s, Ddl.AlterTable alter, String table, TableConstraint c) {
        String name = c.name().isEmpty() ? "<name>" : CheckedStatement.quote(c.name());
        switch (c.kind()) {
            case PRIMARY_KEY -> {
                var columns = c.usingIndex() ? s.schema().index(new Words.QualifiedName(alter.table().schema(),
                        c.index(), 0)).map(SchemaContext.Index::columns).orElse(java.util.List.of()) : c.columns();
                var nullable = columns.stream().filter(column -> s.schema().column(alter.table(), column)
                        .map(known -> !known.notNull()).orElse(false)).toList();
                if (!nullable.isEmpty()) {
                    s.report(LintCode.PG304, alter.table(), "primary key on nullable " + DataDependentChanges
                            .columns(nullable) + " makes PostgreSQL scan " + table + " to set them NOT NULL",
                            "Make the columns NOT NULL the scan-free way first (a validated CHECK (... IS NOT NULL),"
                                    + " see PG303), then add the key USING INDEX built concurrently.");
                }
            }
            case CHECK -> {
                if (!c.notValid()) {
                    s.report(LintCode.PG305, alter.table(), "CHECK constraint " + (c.name().isEmpty() ? ""
                            : CheckedStatement.quote(c.name()) + " ") + "scans all of " + table
                            + " under an ACCESS EXCLUSIVE lock",
                            "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " CHECK (...) NOT VALID; then, in a"
                                    + " later transaction, ALTER TABLE " + table + " VALIDATE CONSTRAINT " + name
                                    + "; (validation takes a lock that lets reads and writes through)");
                }
            }
            case FOREIGN_KEY -> {
                if (!c.notValid()) {
                    s.report(LintCode.PG306, alter.table(), "FOREIGN KEY " + (c.name().isEmpty() ? ""
                            : CheckedStatement.quote(c.name()) + " ") + "scans all of " + table
                            + " while blocking writes to it and to the referenced table",
                            "ALTER TABLE " + table + " ADD CONSTRAINT " + name + " FOREIGN KEY (...) REFERENCES ..."
                                    + " NOT VALID; then, in a later transaction, ALTER TABLE " + table
                                    + " VALIDATE CONSTRAINT " + name + ";");
                }
            }
            default -> {
            }
        }
    }
}
