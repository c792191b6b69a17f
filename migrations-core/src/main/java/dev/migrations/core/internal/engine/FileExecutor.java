package dev.migrations.core.internal.engine;

import dev.migrations.core.error.FailureStage;
import dev.migrations.core.error.FaultKind;
import dev.migrations.core.internal.index.ConcurrentBuild;
import dev.migrations.core.internal.index.InvalidIndexes;
import dev.migrations.core.internal.revisions.Revision;
import dev.migrations.core.internal.run.InterruptWatch;
import dev.migrations.sql.internal.analysis.ExecutionHints;
import dev.migrations.sql.internal.analysis.SqlStatement;
import dev.migrations.sql.internal.analysis.TransactionRules;
import dev.migrations.sql.migration.Migration;
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
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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

    private static final Logger LOG = LoggerFactory.getLogger(FileExecutor.class);

    private final PreparedFile file;
    private final ExecutionSettings settings;
    private final boolean ownTransaction;
    private final boolean batching;
    /** Whether the file's statements open and close transaction blocks themselves. */
    private final boolean selfManaged;
    /** The index of the statement that opened the file's own block still open, -1 when none is. */
    private int openBlock = -1;

    FileExecutor(PreparedFile file, ExecutionSettings settings) {
        this.file = file;
        this.selfManaged = !file.transactional() && file.statements().stream()
                .anyMatch(statement -> TransactionRules.transactionControl(statement).isPresent());
        this.settings = settings;
        this.ownTransaction = file.transactional() && !settings.groupTransaction();
        this.batching = ownTransaction && settings.batchStatements();
    }

    /**
     * Runs the file. The declared result list holds Flyway's own result type, which its public API does not
     * export; this executor reports through the revisions table and the listener, so it returns an empty list
     * and names no Flyway class outside {@code org.flywaydb.core.api}.
     */
    @Override
    @SuppressWarnings("rawtypes")
    public List execute(Context context) throws SQLException {
        settings.listener().starting(file);
        Connection c = context.getConnection();
        boolean changesSession = file.statements().stream().anyMatch(ExecutionHints::mayChangeSession);
        if (changesSession) {
            // also when the file fails part-way: the engine's next SET ROLE must reach the server
            EngineDataSource.roleMayHaveChanged(c);
        }
        if (!ownTransaction) {
            Outcome outcome = runStatements(c);
            report(outcome);
            restoreSession(c, changesSession);
            return List.of();
        }
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        Outcome outcome;
        try {
            outcome = runStatements(c);
            commit(c);
        } catch (SQLException | RuntimeException e) {
            quietly(c, Connection::rollback);
            throw e;
        } finally {
            quietly(c, connection -> connection.setAutoCommit(autoCommit));
        }
        report(outcome);
        restoreSession(c, changesSession);
        return List.of();
    }

    private void commit(Connection c) throws SQLException {
        try {
            c.commit();
        } catch (SQLException e) {
            settings.listener().failed(file, file.statements().size() - 1, FailureStage.COMMIT, e);
            throw e;
        }
    }

    /** A call on a connection that may be gone, whose failure must not hide the error being thrown. */
    @FunctionalInterface
    private interface ConnectionCall {
        void run(Connection c) throws SQLException;
    }

    private static void quietly(Connection c, ConnectionCall call) {
        try {
            call.run(c);
        } catch (SQLException e) {
            LOG.debug("after a failure, a cleanup call failed too: {}", e.getMessage());
        }
    }

    /** How a file went: its duration and the statement it started at. */
    private record Outcome(Duration duration, int startedAt) {
    }

    private void report(Outcome outcome) {
        settings.listener().applied(file, outcome.duration(), outcome.startedAt());
    }

    private Outcome runStatements(Connection c) throws SQLException {
        List<SqlStatement> statements = file.statements();
        Instant startedAt = Instant.now();
        long started = System.nanoTime();
        int start = file.resumeAt();
        boolean recorded = false;
        if (file.transactional()) {
            recorded = runInFileTransaction(c, start, startedAt);
        } else {
            for (int i = start; i < statements.size(); i++) {
                runStep(c, i, startedAt, started);
            }
        }
        long nanos = System.nanoTime() - started;
        if (file.transactional() && !recorded) {
            try {
                settings.revisions().upsert(c, row(startedAt, nanos, statements.size(), null, null));
            } catch (SQLException | RuntimeException e) {
                settings.listener().failed(file, statements.size() - 1, FailureStage.RECORDING, e);
                throw e;
            }
        }
        return new Outcome(Duration.ofNanos(nanos), start);
    }

    /**
     * The statements of a transactional file from {@code start} on. Neighbours that return no rows travel to the
     * server together (one round trip instead of one each) when the file has a transaction of its own, the last
     * such group together with the file's revisions row; should a group fail, the transaction is rolled back and
     * the statements run again one by one to find the failing one.
     *
     * @return whether the revisions row was written with the last group
     */
    private boolean runInFileTransaction(Connection c, int start, Instant startedAt) throws SQLException {
        List<SqlStatement> statements = file.statements();
        boolean recorded = false;
        int i = start;
        while (i < statements.size()) {
            boolean together = batching && ExecutionHints.canShareRoundTrip(statements.get(i));
            int end = i + 1;
            while (together && end < statements.size() && ExecutionHints.canShareRoundTrip(statements.get(end))) {
                end++;
            }
            if (together) {
                String revision = end == statements.size()
                        ? settings.revisions().upsertInFileTransaction(row(startedAt, 0, end, null, null)) : null;
                try {
                    runTogether(c, i, end, revision);
                } catch (SQLException e) {
                    throw locateFailure(c, start, i, end, e);
                }
                recorded = revision != null;
            } else {
                runOne(c, i);
            }
            i = end;
        }
        return recorded;
    }

    private void runOne(Connection c, int index) throws SQLException {
        try {
            run(c, file.statements().get(index));
        } catch (SQLException | RuntimeException e) {
            settings.listener().failed(file, index, FailureStage.STATEMENT, e);
            throw e instanceof SQLException se ? se : new SQLException(e.getMessage(), e);
        }
    }

    /** Statements {@code from..to-1}, and {@code extraSql} after them when not null, in one round trip. */
    private void runTogether(Connection c, int from, int to, String extraSql) throws SQLException {
        requireNotInterrupted();
        try (Statement st = c.createStatement()) {
            for (int i = from; i < to; i++) {
                st.addBatch(file.statements().get(i).sql());
            }
            if (extraSql != null) {
                st.addBatch(extraSql);
            }
            try (InterruptWatch.Watched watched = InterruptWatch.watch(st)) {
                st.executeBatch();
            }
        }
    }

    /**
     * After statements {@code from..to-1}, sent together, failed: rolls the file back and runs its statements up to
     * {@code to} one by one, so that the error names the statement that fails. Returns the error to throw; should
     * they all pass, the revisions row sent with them may be what failed, and its own error is thrown.
     */
    private SQLException locateFailure(Connection c, int start, int from, int to, SQLException groupError)
            throws SQLException {
        if (FaultKind.of(groupError, Thread.currentThread().isInterrupted()).transientFault()) {
            // the session is gone or the run is stopping: the group cannot be replayed to find the statement
            settings.listener().failed(file, from, FailureStage.STATEMENT, groupError);
            return groupError;
        }
        c.rollback();
        for (int i = start; i < to; i++) {
            try {
                runOne(c, i);
            } catch (SQLException e) {
                return e;
            }
        }
        if (to == file.statements().size()) {
            settings.revisions().upsert(c, row(Instant.now(), 0, to, null, null));
        }
        SQLException cause = groupError.getNextException() != null ? groupError.getNextException() : groupError;
        LOG.warn("{}: statements {}-{}, sent together, failed ({}) but passed when run one by one; the failure is "
                + "reported at statement {}", file.migration().path(), from + 1, to, cause.getMessage(), from + 1);
        settings.listener().failed(file, from, FailureStage.STATEMENT, cause);
        return cause;
    }

    /**
     * One statement of a no-transaction file, and the progress row that counts it. A statement PostgreSQL accepts
     * in a transaction commits together with its progress row, so a crash can never leave it applied but uncounted
     * (which would run it twice on resume); only statements that refuse transactions ({@code CREATE INDEX
     * CONCURRENTLY}, ...) commit on their own, just before their progress row.
     */
    private void runStep(Connection c, int index, Instant startedAt, long started) throws SQLException {
        SqlStatement statement = file.statements().get(index);
        boolean atomic = !selfManaged && !TransactionRules.requiresNoTransaction(statement);
        Optional<String> control = selfManaged ? TransactionRules.transactionControl(statement) : Optional.empty();
        try {
            if (!atomic && openBlock < 0) {
                repairInterruptedBuild(c, index, statement);
            }
            if (atomic) {
                c.setAutoCommit(false);
            }
            run(c, statement);
            trackOwnBlock(index, control);
            settings.revisions().upsert(c, row(startedAt, System.nanoTime() - started, index + 1, null, null));
            if (atomic) {
                c.commit();
            }
        } catch (SQLException | RuntimeException e) {
            settings.listener().failed(file, index, FailureStage.STATEMENT, e);
            int applied = index;
            if (atomic) {
                quietly(c, Connection::rollback);
            } else if (openBlock >= 0) {
                // The file's own transaction block failed: PostgreSQL discards it, progress rows included.
                quietly(c, connection -> {
                    try (Statement st = connection.createStatement()) {
                        st.execute("ROLLBACK");
                    }
                });
                applied = openBlock;
                openBlock = -1;
            }
            recordFailure(c, row(startedAt, System.nanoTime() - started, applied, e, statement), e);
            throw e instanceof SQLException se ? se : new SQLException(e.getMessage(), e);
        } finally {
            quietly(c, connection -> connection.setAutoCommit(true));
        }
    }

    /**
     * Writes the failure into the file's progress row. When the session is gone that cannot be done, and need not:
     * the row still counts exactly the statements that completed, which is where the next run resumes.
     */
    private void recordFailure(Connection c, Revision failedRow, Exception failure) {
        if (FaultKind.of(failure, false).sessionGone()) {
            return;
        }
        try {
            c.setAutoCommit(true);
            settings.revisions().upsert(c, failedRow);
        } catch (SQLException | RuntimeException e) {
            LOG.warn("{}: could not record the failure in the revisions table ({}); the progress recorded before it "
                    + "stands, and the next run resumes there", file.migration().path(), e.getMessage());
        }
    }

    /**
     * Before a concurrent index build of a no-transaction file: an earlier run of it that was interrupted left an
     * invalid index, which would stay invalid (and be skipped by {@code IF NOT EXISTS}); it is dropped so that the
     * statement builds it anew.
     */
    private void repairInterruptedBuild(Connection c, int index, SqlStatement statement) throws SQLException {
        Optional<ConcurrentBuild> build = ConcurrentBuild.of(statement.sql());
        if (build.isEmpty()) {
            return;
        }
        List<String> dropped = InvalidIndexes.clearFor(c, build.get(), settings.connections().schema());
        for (String invalid : dropped) {
            String note = "dropped the invalid index " + invalid + " that an interrupted run of "
                    + file.migration().path() + " statement " + (index + 1) + " (line " + statement.line()
                    + ") left behind; the statement builds it again";
            LOG.warn("{}", note);
            settings.listener().repaired(file, index, note);
        }
    }

    /**
     * Follows the transaction blocks of a file that opens its own ({@code BEGIN ... COMMIT}, as golang-migrate and
     * Prisma files may): progress rows written inside a block commit or roll back with it.
     */
    private void trackOwnBlock(int index, Optional<String> control) {
        if (control.isEmpty()) {
            return;
        }
        String command = control.get();
        if (command.equals("BEGIN") || command.equals("START TRANSACTION")) {
            openBlock = openBlock >= 0 ? openBlock : index;
        } else {
            openBlock = -1;
        }
    }

    /**
     * After a file that may have changed the session: puts the engine's {@code search_path} back; the engine's next
     * {@code SET ROLE} reaches the server (see {@link EngineDataSource#roleMayHaveChanged}).
     */
    private void restoreSession(Connection c, boolean changesSession) throws SQLException {
        if (!changesSession) {
            return;
        }
        Optional<String> path = settings.connections().searchPath();
        if (path.isPresent()) {
            EngineDataSource.setSearchPath(c, path.get());
        }
    }

    private Revision row(Instant startedAt, long nanos, int applied, Exception error, SqlStatement failed) {
        Migration m = file.migration();
        boolean complete = error == null && applied == file.statements().size();
        return new Revision(m.revisionKey(), m.description(), Revision.APPLIED, applied, file.statements().size(),
                startedAt, nanos, error == null ? null : error.getMessage(), failed == null ? null : failed.sql(),
                m.hash(), complete ? null : StatementHashes.of(file.statements(), applied), settings.operatorVersion());
    }

    private static void run(Connection c, SqlStatement statement) throws SQLException {
        requireNotInterrupted();
        if (statement.copyData().isPresent()) {
            try {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn(statement.sql(),
                        new StringReader(statement.copyData().get()));
            } catch (IOException e) {
                throw new SQLException("COPY failed: " + e.getMessage(), e);
            }
            return;
        }
        try (Statement st = c.createStatement(); InterruptWatch.Watched watched = InterruptWatch.watch(st)) {
            st.execute(statement.sql());
        }
    }

    /** Stops before the next statement when the migrating thread was interrupted. */
    private static void requireNotInterrupted() throws SQLException {
        if (Thread.currentThread().isInterrupted()) {
            throw new SQLException("the migrating thread was interrupted", "57014");
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
