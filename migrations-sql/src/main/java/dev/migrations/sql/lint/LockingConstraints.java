package dev.migrations.sql.lint;

import dev.migrations.sql.lint.Ddl.AlterAction;
import dev.migrations.sql.lint.Ddl.TableConstraint;

/** PG104-PG105: primary keys and unique constraints whose index is built under an ACCESS EXCLUSIVE lock. */
final class LockingConstraints implements LintRule {

    @Override
    public void check(CheckedStatement s) {
        if (!(s.ddl() instanceof Ddl.AlterTable alter) || !s.existsBefore(alter.table())) {
            return;
        }
        for (AlterAction action : alter.actions()) {
            if (!(action instanceof AlterAction.AddConstraint add) || add.constraint().usingIndex()) {
                continue;
            }
            TableConstraint c = add.constraint();
            String table = CheckedStatement.display(alter.table());
            String name = c.name().isEmpty() ? alter.table().name() + (c.kind() == TableConstraint.Kind.PRIMARY_KEY
                    ? "_pkey" : "_" + String.join("_", c.columns()) + "_key") : c.name();
            String quoted = CheckedStatement.quote(name);
            String columns = String.join(", ", c.columns().stream().map(CheckedStatement::quote).toList());
            if (c.kind() == TableConstraint.Kind.PRIMARY_KEY) {
                s.report(LintCode.PG104, alter.table(), "primary key added to " + table + " builds its index under"
                        + " an ACCESS EXCLUSIVE lock: no reads or writes until it is built",
                        "CREATE UNIQUE INDEX CONCURRENTLY " + quoted + " ON " + table + " (" + columns + ");"
                                + " (file without a transaction) then ALTER TABLE " + table + " ADD CONSTRAINT "
                                + quoted + " PRIMARY KEY USING INDEX " + quoted + ";");
            } else if (c.kind() == TableConstraint.Kind.UNIQUE) {
                s.report(LintCode.PG105, alter.table(), "unique constraint added to " + table + " builds its index"
                        + " under an ACCESS EXCLUSIVE lock: no reads or writes until it is built",
                        "CREATE UNIQUE INDEX CONCURRENTLY " + quoted + " ON " + table + " (" + columns + ");"
                                + " (file without a transaction) then ALTER TABLE " + table + " ADD CONSTRAINT "
                                + quoted + " UNIQUE USING INDEX " + quoted + ";");
            }
        }
    }
}
