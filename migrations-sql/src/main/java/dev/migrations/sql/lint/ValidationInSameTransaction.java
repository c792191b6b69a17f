package dev.migrations.sql.lint;

import dev.migrations.sql.lint.Ddl.AlterAction;

/**
 * MG101: a constraint added {@code NOT VALID} and validated in the same transaction: the lock the add took is held
 * through the validation scan, which is what {@code NOT VALID} was meant to avoid.
 */
final class ValidationInSameTransaction implements LintRule {

    @Override
    public void check(CheckedStatement s) {
        if (!(s.ddl() instanceof Ddl.AlterTable alter)) {
            return;
        }
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AddConstraint add && add.constraint().notValid()
                    && !add.constraint().name().isEmpty()) {
                s.fileState().notValidConstraints.add(add.constraint().name());
            } else if (action instanceof AlterAction.ValidateConstraint validate
                    && s.fileState().notValidConstraints.contains(validate.name())
                    && (s.file().transactional() || s.fileState().openTransactions > 0)) {
                s.report(LintCode.MG101, alter.table(), "constraint " + CheckedStatement.quote(validate.name())
                        + " is validated in the transaction that added it NOT VALID, so the ACCESS EXCLUSIVE lock"
                        + " of the add is held through the whole validation scan",
                        "Move ALTER TABLE " + CheckedStatement.display(alter.table()) + " VALIDATE CONSTRAINT "
                                + CheckedStatement.quote(validate.name()) + "; to the next migration file.");
            }
        }
    }
}
