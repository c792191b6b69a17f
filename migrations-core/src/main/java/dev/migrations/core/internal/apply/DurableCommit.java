package dev.migrations.core.internal.apply;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The run's files commit without waiting for their WAL flush ({@code synchronous_commit = off} on the engine's
 * sessions); one commit that does wait ends the run. PostgreSQL writes WAL in order and a flushing commit flushes
 * everything before it, so when the run returns every file is as durable as the server's own
 * {@code synchronous_commit} makes a commit, and a server crash before that loses a tail of whole files together
 * with their revisions and journal rows, never part of a transactional file.
 */
final class DurableCommit {

    private DurableCommit() {
    }

    /**
     * Commits a transaction that writes WAL, with the session's own {@code synchronous_commit}: it returns once the
     * WAL of every earlier commit of the server is flushed as that setting asks. PostgreSQL commits a transaction
     * that wrote no WAL without waiting for any flush (an assigned transaction id alone is not enough), so the
     * transaction locks one row of the revisions table, which is WAL-logged and changes no data.
     *
     * @param revisionsTable the quoted, schema-qualified name of the run's revisions table
     */
    static void flush(DataSource dataSource, String revisionsTable) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("SELECT 1 FROM " + revisionsTable + " LIMIT 1 FOR KEY SHARE");
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }
}
