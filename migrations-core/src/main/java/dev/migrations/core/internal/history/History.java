package dev.migrations.core.internal.history;

import dev.migrations.core.internal.connect.TableName;
import dev.migrations.core.internal.engine.Journal;
import dev.migrations.core.internal.engine.JournalRow;
import dev.migrations.core.internal.revisions.Revision;
import dev.migrations.core.internal.revisions.RevisionsTable;
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
 * @param revisions             revisions rows by version (by key for repeatable files, see
 *                              {@link dev.migrations.sql.migration.Migration#revisionKey()})
 * @param journal               journal rows in rank order
 * @param successfulJournalRows the latest successful journal row of each version
 * @param latestRepeatableRuns  the latest successful run of each repeatable file in the journal, by the journal's
 *                              description, as Flyway finds it (a deletion marker forgets earlier runs)
 */
public record History(Map<String, Revision> revisions, List<JournalRow> journal,
        Map<String, JournalRow> successfulJournalRows, Map<String, JournalRow> latestRepeatableRuns) {

    public History {
        revisions = Collections.unmodifiableMap(new LinkedHashMap<>(revisions));
        journal = List.copyOf(journal);
        successfulJournalRows = Collections.unmodifiableMap(new HashMap<>(successfulJournalRows));
        latestRepeatableRuns = Collections.unmodifiableMap(new HashMap<>(latestRepeatableRuns));
    }

    /** A history of these rows. */
    public History(Map<String, Revision> revisions, List<JournalRow> journal) {
        this(revisions, journal, indexSuccessful(journal), indexRepeatableRuns(journal));
    }

    private static Map<String, JournalRow> indexRepeatableRuns(List<JournalRow> journal) {
        Map<String, JournalRow> index = new HashMap<>();
        for (JournalRow row : journal) {
            if (row.isRepeatableDeletion()) {
                index.remove(row.description());
            } else if (row.isRepeatableRun()) {
                index.put(row.description(), row);
            }
        }
        return index;
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
     * Reads both tables in two round trips: which exist, then the rows of those that do. Missing tables read as
     * empty; a revisions table that lost a column is refused with the column's name. Looking first keeps the
     * server's log free of errors about tables a first run has not created yet.
     */
    public static History read(Connection c, RevisionsTable revisionsTable, Journal journalTable) throws SQLException {
        TableName revisionsName = revisionsTable.tableName();
        TableName journalName = journalTable.tableName();
        Set<TableName> existing = TableName.existing(c, List.of(revisionsName, journalName));
        boolean hasRevisions = existing.contains(revisionsName);
        boolean hasJournal = existing.contains(journalName);
        if (!hasRevisions && !hasJournal) {
            return of(List.of(), List.of());
        }
        String sql = hasRevisions && hasJournal ? revisionsTable.selectAll() + ";" + journalTable.selectAll()
                : hasRevisions ? revisionsTable.selectAll() : journalTable.selectAll();
        Savepoint before = c.getAutoCommit() ? null : c.setSavepoint();
        List<Revision> revisions = List.of();
        List<JournalRow> journal = List.of();
        try (Statement st = c.createStatement()) {
            st.execute(sql);
            if (hasRevisions) {
                try (ResultSet rs = st.getResultSet()) {
                    revisions = revisionsTable.readRows(rs);
                }
                st.getMoreResults();
            }
            if (hasJournal) {
                try (ResultSet rs = st.getResultSet()) {
                    journal = journalTable.readRows(rs);
                }
            }
        } catch (SQLException e) {
            if (!UNDEFINED_COLUMN.equals(e.getSQLState()) || !hasRevisions) {
                throw e;
            }
            if (before != null) {
                c.rollback(before);
            }
            // name the column the table lost; a column missing elsewhere keeps the server's error
            revisionsTable.requireColumns(revisionsName.columns(c).orElse(Set.of()));
            throw e;
        }
        return of(revisions, journal);
    }

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

    /** The latest successful run of a repeatable file in the journal, by the file's journal description. */
    public Optional<JournalRow> latestRepeatableRun(String journalDescription) {
        return Optional.ofNullable(latestRepeatableRuns.get(journalDescription));
    }
}
