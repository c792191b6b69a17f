package dev.migrations.sql.lint;

import dev.migrations.sql.lint.Words.QualifiedName;

import java.util.Optional;

/**
 * MG107: the first statement of a file that locks an existing table, when no {@code lock_timeout} was set earlier in
 * the file. Reported once per file.
 */
final class MissingLockTimeout implements LintRule {

    @Override
    public void check(CheckedStatement s) {
        FileState state = s.fileState();
        if (s.ddl() instanceof Ddl.SetLockTimeout) {
            state.lockTimeoutSet = true;
            return;
        }
        if (state.lockTimeoutSet || state.lockTimeoutReported) {
            return;
        }
        Optional<QualifiedName> locked = lockedTable(s);
        if (locked.isPresent() && s.existsBefore(locked.get())) {
            state.lockTimeoutReported = true;
            s.report(LintCode.MG107, locked.get(), "this file locks existing table "
                    + CheckedStatement.display(locked.get()) + " without a lock_timeout: while it waits for the"
                    + " lock, every query on the table queues behind it",
                    "Start the file with SET lock_timeout = '5s'; (or run with a statement lock timeout) so the"
                            + " migration fails fast and can be retried instead of blocking traffic.");
        }
    }

    private static Optional<QualifiedName> lockedTable(CheckedStatement s) {
        if (s.ddl() instanceof Ddl.AlterTable alter) {
            return Optional.of(alter.table());
        }
        if (s.ddl() instanceof Ddl.RenameTable rename) {
            return Optional.of(rename.table());
        }
        if (s.ddl() instanceof Ddl.RenameColumn rename) {
            return Optional.of(rename.table());
        }
        if (s.ddl() instanceof Ddl.CreateIndex index && !index.concurrently()) {
            return Optional.of(index.table());
        }
        if (s.ddl() instanceof Ddl.DropTable drop && !drop.tables().isEmpty()) {
            return Optional.of(drop.tables().get(0));
        }
        if (s.ddl() instanceof Ddl.Truncate truncate && !truncate.tables().isEmpty()) {
            return Optional.of(truncate.tables().get(0));
        }
        return Optional.empty();
    }
}
