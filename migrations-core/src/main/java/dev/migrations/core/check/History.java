package dev.migrations.core.check;

import dev.migrations.core.connect.TableName;
import dev.migrations.core.engine.Journal;
import dev.migrations.core.engine.JournalRow;
import dev.migrations.core.revision.Revision;
import dev.migrations.core.revision.RevisionsTable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the database records: the revisions table and the engine journal, read together.
 *
 * @param revisions revisions rows by version
 * @param journal   journal rows in rank order
 */
public record History(Map<String, Revision> revisions, List<JournalRow> journal,
        Map<String, JournalRow> successfulJournalRows) {

    public History {
        revisions = Collections.unmodifiableMap(new LinkedHashMap<>(revisions));
        journal = List.copyOf(journal);
        successfulJournalRows = Collections.unmodifiableMap(new HashMap<>(successfulJournalRows));
    }

    /** A history of these rows. */
    public History(Map<String, Revision> revisions, List<JournalRow> journal) {
        this(revisions, journal, indexSuccessful(journal));
    }

    private static Map<String, JournalRow> indexSuccessful(List<JournalRow> journal) {
        Map<String, JournalRow> index = new HashMap<>(journal.size() * 2);
        for (JournalRow row : journal) {
            if (row.success() && row.version() != null) {
                index.put(row.version(), row);
            }
        }
        return index;
    }

    /**
     * Reads both tables; missing tables read as empty. When both exist with their columns (every run but the first),
     * this is one round trip; otherwise a look at the catalog decides what to read, and refuses a revisions table
     * that lost a column.
     */
    public static History read(Connection c, RevisionsTable revisionsTable, Journal journalTable) throws SQLException {
        Optional<History> both = readBoth(c, revisionsTable, journalTable);
        if (both.isPresent()) {
            return both.get();
        }
        TableName revisionsName = revisionsTable.tableName();
        TableName journalName = journalTable.tableName();
        Map<TableName, Set<String>> columns = TableName.columnsOf(c, List.of(revisionsName, journalName));
        List<Revision> revisions = List.of();
        List<JournalRow> journal = List.of();
        if (columns.containsKey(revisionsName)) {
            revisionsTable.requireColumns(columns.get(revisionsName));
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(revisionsTable.selectAll())) {
                revisions = revisionsTable.readRows(rs);
            }
        }
        if (columns.containsKey(journalName)) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(journalTable.selectAll())) {
                journal = journalTable.readRows(rs);
            }
        }
        return of(revisions, journal);
    }

    /** Both tables in one round trip; empty when one of them or one of their columns is missing. */
    private static Optional<History> readBoth(Connection c, RevisionsTable revisionsTable, Journal journalTable)
            throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        Savepoint before = autoCommit ? null : c.setSavepoint();
        try (Statement st = c.createStatement()) {
            st.execute(revisionsTable.selectAll() + ";" + journalTable.selectAll());
            List<Revision> revisions;
            try (ResultSet rs = st.getResultSet()) {
                revisions = revisionsTable.readRows(rs);
            }
            st.getMoreResults();
            try (ResultSet rs = st.getResultSet()) {
                return Optional.of(of(revisions, journalTable.readRows(rs)));
            }
        } catch (SQLException e) {
            if (!UNDEFINED_TABLE.equals(e.getSQLState()) && !UNDEFINED_COLUMN.equals(e.getSQLState())) {
                throw e;
            }
            if (before != null) {
                c.rollback(before);
            }
            return Optional.empty();
        }
    }

    private static final String UNDEFINED_TABLE = "42P01";
    private static final String UNDEFINED_COLUMN = "42703";

    private static History of(List<Revision> revisions, List<JournalRow> journal) {
        Map<String, Revision> byVersion = new LinkedHashMap<>(revisions.size() * 2);
        for (Revision r : revisions) {
            byVersion.put(r.version(), r);
        }
        return new History(byVersion, journal);
    }

    /** True when no file was ever recorded. */
    public boolean isEmpty() {
        return revisions.isEmpty();
    }

    /** The baseline row, if the database was adopted by baseline. */
    public Optional<Revision> baseline() {
        return revisions.values().stream().filter(r -> (r.type() & Revision.BASELINE) != 0).findFirst();
    }

    /** The successful journal row of a version (the latest if several). */
    public Optional<JournalRow> journalRow(String version) {
        return Optional.ofNullable(successfulJournalRows.get(version));
    }
}
