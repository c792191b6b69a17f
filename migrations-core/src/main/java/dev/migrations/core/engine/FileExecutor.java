package dev.migrations.core.engine;

import dev.migrations.core.revision.Revision;
import dev.migrations.core.revision.RevisionsTable;
import dev.migrations.sql.MigrationsException;
import dev.migrations.sql.analysis.SqlStatement;
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
 * connection: inside the file's transaction for transactional files (so statements, revision and Flyway's journal
 * row commit or roll back together), after every statement for no-transaction files (so a failed file can resume
 * at the failed statement).
 */
final class FileExecutor implements MigrationExecutor {

    private final PreparedFile file;
    private final RevisionsTable revisions;
    private final String operatorVersion;
    private final ExecutionListener listener;

    FileExecutor(PreparedFile file, RevisionsTable revisions, String operatorVersion, ExecutionListener listener) {
        this.file = file;
        this.revisions = revisions;
        this.operatorVersion = operatorVersion;
        this.listener = listener;
    }

    @Override
    public List<Results> execute(Context context) throws SQLException {
        Connection c = context.getConnection();
        Migration m = file.migration();
        List<SqlStatement> statements = file.statements();
        Instant startedAt = Instant.now();
        long started = System.nanoTime();
        int start = file.transactional() ? 0 : resumePoint(c);
        for (int i = start; i < statements.size(); i++) {
            try {
                run(c, statements.get(i));
            } catch (SQLException | RuntimeException e) {
                if (!file.transactional()) {
                    revisions.upsert(c, row(startedAt, System.nanoTime() - started, i, e, statements.get(i)));
                }
                listener.failed(file, i, e);
                throw e instanceof SQLException se ? se : new SQLException(e.getMessage(), e);
            }
            if (!file.transactional() && i + 1 < statements.size()) {
                revisions.upsert(c, row(startedAt, System.nanoTime() - started, i + 1, null, null));
            }
        }
        long nanos = System.nanoTime() - started;
        revisions.upsert(c, row(startedAt, nanos, statements.size(), null, null));
        listener.applied(file, Duration.ofNanos(nanos), start);
        return List.of();
    }

    /** For a no-transaction file that stopped part-way: checks the applied statements are unchanged. */
    private int resumePoint(Connection c) throws SQLException {
        Optional<Revision> existing = revisions.find(c, file.migration().versionText());
        if (existing.isEmpty() || existing.get().applied() == 0) {
            return 0;
        }
        Revision r = existing.get();
        int applied = (int) r.applied();
        List<String> recorded = r.partialHashes() == null ? List.of() : r.partialHashes();
        if (applied > file.statements().size() || !recorded.equals(StatementHashes.of(file.statements(), applied))) {
            throw new SQLException(new MigrationsException(file.migration().path() + " (version "
                    + r.version() + ") stopped after statement " + applied + " of " + r.total() + " in an earlier run, "
                    + "but the statements already applied were changed since. Restore those statements so the file "
                    + "can resume at statement " + (applied + 1) + ", or fix the database by hand and mark the file "
                    + "applied with 'migrations migrate set " + r.version() + "'").getMessage());
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
        return file.transactional();
    }

    @Override
    public boolean shouldExecute() {
        return true;
    }
}
