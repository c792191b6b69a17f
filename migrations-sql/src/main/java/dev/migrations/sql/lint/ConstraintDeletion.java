package dev.migrations.sql.lint;

import dev.migrations.sql.lint.Ddl.AlterAction;

/**
 * CD101: a foreign key dropped from an existing table. A constraint counts as a foreign key when the files created
 * it as one, or, for constraints created elsewhere, when its name ends in {@code _fkey} or starts with {@code fk}.
 */
final class ConstraintDeletion implements LintRule {

    @Override
    public void check(CheckedStatement s) {
        if (!(s.ddl() instanceof Ddl.AlterTable alter) || !s.existsBefore(alter.table())) {
            return;
        }
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.DropConstraint drop && (s.schema().isForeignKey(alter.table(),
                    drop.name()) || drop.name().endsWith("_fkey") || drop.name().startsWith("fk"))) {
                s.report(LintCode.CD101, alter.table(), "foreign key " + CheckedStatement.quote(drop.name())
                        + " is dropped from " + CheckedStatement.display(alter.table())
                        + ": rows may now reference nothing",
                        "Make sure no code relies on the reference; if dropping it is intended, mark the statement"
                                + " with '-- atlas:nolint CD101'.");
            }
        }
    }
}
