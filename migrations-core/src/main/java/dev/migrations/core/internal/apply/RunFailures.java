package dev.migrations.core.internal.apply;

import dev.migrations.core.MigrationSettings;
import dev.migrations.core.TransactionMode;
import dev.migrations.core.error.DatabaseException;
import dev.migrations.core.error.FailureStage;
import dev.migrations.core.error.FaultKind;
import dev.migrations.core.error.MigrationFailedException;
import dev.migrations.core.internal.engine.PreparedFile;
import dev.migrations.core.internal.fault.FaultDetail;
import dev.migrations.core.internal.index.ConcurrentBuild;
import dev.migrations.core.result.AppliedFile;
import dev.migrations.error.MigrationsException;
import dev.migrations.sql.internal.advice.SumAdvice;
import dev.migrations.sql.internal.analysis.SqlStatement;
import dev.migrations.sql.migration.Migration;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/**
 * The error of a run whose files stopped: which file and statement, what the database said, what this run and the
 * failed file left applied and recorded, and the next step. Knows no engine type: it reads what the executor
 * reported ({@link RunRecorder}) and the exception's cause chain.
 */
final class RunFailures {

    private final MigrationSettings settings;

    RunFailures(MigrationSettings settings) {
        this.settings = settings;
    }

    /** A file's statement failed, or the recording or commit after it. */
    MigrationFailedException fileFailed(RunRecorder.Failure f, List<AppliedFile> appliedBefore) {
        Migration m = f.file().migration();
        SqlStatement statement = f.file().statements().get(f.index());
        int n = f.file().statements().size();
        FaultKind kind = FaultKind.of(f.cause(), Thread.currentThread().isInterrupted());
        StringBuilder msg = new StringBuilder().append(m.label());
        if (f.stage() == FailureStage.STATEMENT) {
            msg.append(" failed at statement ");
        } else {
            msg.append(" failed ").append(f.stage().phrase()).append(' ');
        }
        msg.append(f.index() + 1).append(" of ").append(n).append(", line ").append(statement.line())
                .append(": ");
        if (kind != FaultKind.STATEMENT_ERROR && kind != FaultKind.STATEMENT_TIMEOUT && kind != FaultKind.LOCK_TIMEOUT) {
            msg.append(kind.description()).append(" (").append(FaultDetail.of(f.cause())).append(')');
        } else {
            msg.append(FaultDetail.of(f.cause()));
        }
        msg.append("\n    ").append(abbreviate(statement.sql())).append(timeoutHint(f.cause())).append('\n');
        msg.append(appliedState(f, kind, appliedBefore));
        msg.append(' ').append(nextStep(kind));
        return new MigrationFailedException(msg.toString(), m.path(), m.revisionKey(), f.index() + 1,
                statement.line(), kind, f.stage(), f.cause());
    }

    /** What the failed file and the run left applied and recorded. */
    private String appliedState(RunRecorder.Failure f, FaultKind kind, List<AppliedFile> appliedBefore) {
        String before = appliedBefore.isEmpty() ? "" : " The " + appliedBefore.size() + " file(s) before it in this "
                + "run stay applied and recorded.";
        boolean uncertainCommit = kind.sessionGone()
                && (f.stage() == FailureStage.COMMIT || f.stage() == FailureStage.RECORDING);
        if (settings.transactionMode() == TransactionMode.ALL) {
            return uncertainCommit ? "The run used one transaction for all files and the connection was lost as it "
                    + "ended: PostgreSQL either committed all of them or none; status() shows which."
                    : "The run used one transaction for all files: it was rolled back and nothing was applied.";
        }
        if (f.file().transactional()) {
            if (uncertainCommit) {
                return "The connection was lost as the file's transaction ended: PostgreSQL either committed the "
                        + "file together with its revisions row, or rolled both back; status() shows "
                        + "which, and the next run applies the file only if it was rolled back." + before;
            }
            return "The file was rolled back: none of its statements were applied" + (appliedBefore.isEmpty() ? "."
                    : "; the " + appliedBefore.size() + " file(s) before it in this run stay applied.");
        }
        int done = f.index();
        StringBuilder s = new StringBuilder("This file runs without a transaction: ")
                .append(done == 0 ? "no statement of it is recorded as applied"
                        : done == 1 ? "statement 1 was applied and recorded"
                        : "statements 1-" + done + " were applied and recorded");
        if (kind.sessionGone()) {
            boolean concurrent = ConcurrentBuild.of(f.file().statements().get(f.index()).sql()).isPresent();
            s.append("; statement ").append(done + 1).append(concurrent
                    ? " did not finish, and an index build it left behind as invalid is dropped and built again by "
                            + "the next run"
                    : " either rolled back or committed together with its progress row as the connection dropped");
            s.append("; the next run resumes after the last statement recorded.");
        } else {
            s.append("; the next run resumes at statement ").append(done + 1).append('.');
        }
        return s.toString();
    }

    private String nextStep(FaultKind kind) {
        if (kind.transientFault()) {
            return "The file itself needs no change: once the database is reachable again, see where the "
                    + "schema is with status(), then apply again.";
        }
        if (kind == FaultKind.READ_ONLY || kind == FaultKind.MISSING_PRIVILEGE) {
            return "Migrate through a writable primary with a role that may run the file, then apply again.";
        }
        return "Fix the file, rewrite atlas.sum with " + SumAdvice.REWRITE + ", then apply again.";
    }

    /**
     * The engine failed outside any file's statements (between files, writing its journal, committing the
     * all-files transaction): the error names the file the run was at.
     */
    MigrationsException stoppedBetweenFiles(RuntimeException e, List<PreparedFile> prepared, RunRecorder recorder) {
        FaultKind kind = FaultKind.of(e, Thread.currentThread().isInterrupted());
        List<AppliedFile> applied = recorder.appliedFiles();
        Optional<PreparedFile> current = recorder.current();
        int nextIndex = applied.size();
        Optional<PreparedFile> next = current.or(() -> nextIndex < prepared.size()
                ? Optional.of(prepared.get(nextIndex)) : Optional.empty());
        String appliedText = applied.isEmpty() ? "No file of this run was applied"
                : applied.size() + " file(s) of this run were applied and recorded (the last: "
                + applied.get(applied.size() - 1).file() + ")";
        if (settings.transactionMode() == TransactionMode.ALL) {
            appliedText = "The run used one transaction for all files: PostgreSQL rolled it back, unless the "
                    + "connection was lost while it committed; status() shows which";
        }
        String detail = FaultDetail.of(e);
        if (next.isEmpty()) {
            PreparedFile last = prepared.get(prepared.size() - 1);
            Migration m = last.migration();
            return new MigrationFailedException("the run stopped after its last file " + m.label() + ", while "
                    + "the engine recorded it in its journal: " + kind.description() + " (" + detail + "). "
                    + appliedText + "; the next run restores a missing journal row from the revisions table. "
                    + nextStep(kind), m.path(), m.revisionKey(), last.statements().size(),
                    last.statements().get(last.statements().size() - 1).line(), kind, FailureStage.COMMIT, e);
        }
        Migration m = next.get().migration();
        if (current.isPresent()) {
            return new MigrationFailedException(m.label() + " failed while it ran, outside its statements: "
                    + kind.description() + " (" + detail + "). " + appliedText + "; status() shows "
                    + "how far " + m.path() + " got, and the next run completes it. " + nextStep(kind), m.path(),
                    m.revisionKey(), 0, 0, kind, FailureStage.BEFORE_FILE, e);
        }
        return new MigrationFailedException(m.label() + " stopped before its first statement, while the engine "
                + "prepared it: " + kind.description() + " (" + detail + "). " + appliedText + "; " + m.path()
                + " and the files after it are still pending. " + nextStep(kind), m.path(), m.revisionKey(), 0, 0,
                kind, FailureStage.BEFORE_FILE, e);
    }

    /** The run's files were applied, but the commit that waits for their flush failed. */
    DatabaseException flushFailed(SQLException e, int appliedFiles) {
        FaultKind fault = FaultKind.of(e, Thread.currentThread().isInterrupted());
        return new DatabaseException("the run applied and recorded its " + appliedFiles + " file(s), but the "
                + "commit that waits for them to reach the server's disk failed: " + fault.description() + " ("
                + FaultDetail.of(e) + "). If the server restarted, the last of those files may be gone together "
                + "with their revisions rows: status() shows what the database has; then apply again.", fault, e);
    }

    private String timeoutHint(Exception e) {
        if (!(e instanceof SQLException se)) {
            return "";
        }
        if ("55P03".equals(se.getSQLState()) && settings.statementLockTimeout().isPresent()) {
            return "\nThe statement waited longer than the statement lock timeout ("
                    + settings.statementLockTimeout().get().toMillis() + " ms) for a lock held by other sessions; "
                    + "retry when traffic is lower, or raise the statement lock timeout.";
        }
        if ("57014".equals(se.getSQLState()) && settings.statementTimeout().isPresent()) {
            return "\nThe statement ran longer than the statement timeout ("
                    + settings.statementTimeout().get().toMillis() + " ms); raise it for this run if the work is "
                    + "expected to take that long.";
        }
        return "";
    }

    private static String abbreviate(String sql) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 197) + "...";
    }
}
