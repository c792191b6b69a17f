package dev.migrations.sql.lint;

import dev.migrations.sql.internal.analysis.SqlStatement;

import java.util.List;

/** MG105: a {@code BEGIN} inside the runner's transaction or another {@code BEGIN}, or never committed. */
final class ExplicitTransactions implements LintRule {

    @Override
    public void check(CheckedStatement s) {
        if (!(s.ddl() instanceof Ddl.TransactionControl control)) {
            return;
        }
        FileState state = s.fileState();
        if (control.kind() == Ddl.TransactionControl.Kind.BEGIN) {
            if (state.openTransactions > 0) {
                s.report(LintCode.MG105, null, "BEGIN inside the transaction opened at line "
                        + state.openedBy.line() + ": PostgreSQL ignores it with a warning, and the next COMMIT ends"
                        + " the outer transaction", "Remove the inner BEGIN and its COMMIT.");
            } else if (s.file().transactional()) {
                s.report(LintCode.MG105, null, "BEGIN in a file the runner already wraps in a transaction: its"
                        + " COMMIT ends the runner's transaction early",
                        "Remove BEGIN and COMMIT and let the runner's transaction cover the file, or turn that"
                                + " transaction off (" + s.file().noTransaction() + ").");
            }
            state.openTransactions++;
            state.openedBy = s.statement();
        } else if (state.openTransactions > 0) {
            state.openTransactions--;
        }
    }

    @Override
    public void endOfFile(LintFile file, FileState state, List<RawFinding> findings) {
        if (state.openTransactions > 0) {
            SqlStatement begin = state.openedBy;
            findings.add(new RawFinding(LintCode.MG105, begin, "", "the transaction opened at line " + begin.line()
                    + " is never committed: the file's changes are rolled back or left open when the session ends",
                    "End it with COMMIT; before the end of the file."));
        }
    }
}
