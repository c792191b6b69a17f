package dev.migrations.core.engine;

import dev.migrations.core.revision.Revision;
import dev.migrations.core.revision.RevisionsTable;
import dev.migrations.sql.analysis.SqlStatement;
import dev.migrations.sql.analysis.TransactionRules;
import dev.migrations.sql.plan.Migration;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.api.executor.Context;
import org.flywaydb.core.api.executor.MigrationExecutor;
import org.flywaydb.core.internal.jdbc.Results;
import org.postgresql.PGConnection;

/**
 * Runs one file's statements on the connection Flyway hands over, and writes the file's revisions row on the same
 * connection: inside the file's transaction for transactional files (statements and revision commit or roll back
 * together), after every statement for no-transaction files (so a failed file can resume at the failed statement).
 *
 * <p>Flyway runs all pending files as one group, which spares it a rebuild of its migration list per file (its
 * cost grows with the square of the file count otherwise). In the per-file transaction mode the group has no
 * transaction of its own and this executor opens and commits one per file; in the all-files mode Flyway's group
 * transaction holds them all. Flyway appends its journal row right after the file; should the process die between
 * the two, the next run restores the journal row from the revisions table.
 */
final class FileExecutor implements MigrationExecutor {

    private final PreparedFile file;
    private final RevisionsTable revisions;
    private final String operatorVersion;
    private final ExecutionListener listener;
    private final boolean ownTransaction;

    /**
     * @param groupTransaction true when Flyway runs every file in one transaction (the all-files mode)
     */
    FileExecutor(PreparedFile file, RevisionsTable revisions, String operatorVersion, ExecutionListener listener,
            boolean groupTransaction) {
        this.file = file;
        this.revisions = revisions;
        this.operatorVersion = operatorVersion;
        this.listener = listener;
        this.ownTransaction = file.transactional() && !groupTransaction;
    }

    @Override
    public List<Results> execute(Context context) throws SQLException {
        Connection c = context.getConnection();
        if (!ownTransaction) {
            report(runStatements(c));
            return List.of();
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        Outcome outcome;
        try {
            outcome = runStatements(c);
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
        report(outcome);
        return List.of();
    }

    /** How a file went: its duration and the statement it started at. */
    private record Outcome(Duration duration, int startedAt) {
    }

    private void report(Outcome outcome) {
        listener.applied(file, outcome.duration(), outcome.startedAt());
    }

    private Outcome runStatements(Connection c) throws SQLException {
        List<SqlStatement> statements = file.statements();
        Instant startedAt = Instant.now();
        long started = System.nanoTime();
        int start = resumePoint(c);
        for (int i = start; i < statements.size(); i++) {
            if (file.transactional()) {
                runInFileTransaction(c, i);
            } else {
                runStep(c, i, startedAt, started);
            }
        }
        long nanos = System.nanoTime() - started;
        if (file.transactional()) {
            revisions.upsert(c, row(startedAt, nanos, statements.size(), null, null));
        }
        return new Outcome(Duration.ofNanos(nanos), start);
    }

    private void runInFileTransaction(Connection c, int index) throws SQLException {
        try {
            run(c, file.statements().get(index));
        } catch (SQLException | RuntimeException e) {
            listener.failed(file, index, e);
            throw e instanceof SQLException se ? se : new SQLException(e.getMessage(), e);
        }
    }

    /**
     * One statement of a no-transaction file, and the progress row that counts it. A statement PostgreSQL accepts
     * in a transaction commits together with its progress row, so a crash can never leave it applied but uncounted
     * (which would run it twice on resume); only statements that refuse transactions ({@code CREATE INDEX
     * CONCURRENTLY}, ...) commit on their own, just before their progress row.
     */
    private void runStep(Connection c, int index, Instant startedAt, long started) throws SQLException {
        SqlStatement statement = file.statements().get(index);
        boolean atomic = !TransactionRules.requiresNoTransaction(statement);
        try {
            if (atomic) {
                c.setAutoCommit(false);
            }
            run(c, statement);
            revisions.upsert(c, row(startedAt, System.nanoTime() - started, index + 1, null, null));
            if (atomic) {
                c.commit();
            }
        } catch (SQLException | RuntimeException e) {
            if (atomic) {
                c.rollback();
            }
            c.setAutoCommit(true);
            revisions.upsert(c, row(startedAt, System.nanoTime() - started, index, e, statement));
            listener.failed(file, index, e);
            throw e instanceof SQLException se ? se : new SQLException(e.getMessage(), e);
        } finally {
            c.setAutoCommit(true);
        }
    }

    /**
     * Where a file that stopped part-way resumes (0 otherwise), whatever the transaction mode is now: a file left
     * partial by a no-transaction run must not run its applied statements again after the mode changed.
     */
    private int resumePoint(Connection c) throws SQLException {
        Optional<Revision> existing = revisions.find(c, file.migration().versionText());
        if (existing.isEmpty() || existing.get().applied() == 0) {
            return 0;
        }
        Revision r = existing.get();
        int applied = (int) r.applied();
        Optional<String> changed = StatementHashes.changedSinceStop(file.migration().path(), r.version(),
                file.statements(), applied, r.total(), r.partialHashes() == null ? List.of() : r.partialHashes());
        if (changed.isPresent()) {
            throw new SQLException(changed.get());
        }
        return applied;
    }

    private Revision row(Instant startedAt, long nanos, int applied, Exception error, SqlStatement failed) {
        Migration m = file.migration();
        boolean complete = error == null && applied == file.statements().size();
        return new Revision(m.versionText(), m.description(), Revision.APPLIED, applied, file.statements().size(),
                startedAt, nanos, error == null ? null : error.getMessage(), failed == null ? null : failed.sql(),
                m.hash(), complete ? null : StatementHashes.of(file.statements(), applied), operatorVersion);
    }

    private static void run(Connection c, SqlStatement statement) throws SQLException {
        if (statement.copyData().isPresent()) {
            try {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn(statement.sql(),
                        new StringReader(statement.copyData().get()));
            } catch (IOException e) {
                throw new SQLException("COPY failed: " + e.getMessage(), e);
            }
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute(statement.sql());
        }
    }

    @Override
    public boolean canExecuteInTransaction() {
        return file.transactional() && !ownTransaction;
    }

    @Override
    public boolean shouldExecute() {
        return true;
    }
}
