package dev.migrations.core.check;

import dev.migrations.core.engine.Journal;
import dev.migrations.core.engine.JournalRow;
import dev.migrations.core.revision.Revision;
import dev.migrations.core.revision.RevisionsTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the database records: the revisions table and the engine journal, read together.
 *
 * @param revisions revisions rows by version
 * @param journal   journal rows in rank order
 */
public record History(Map<String, Revision> revisions, List<JournalRow> journal,
        Map<String, JournalRow> successfulJournalRows) {

    public History {
        revisions = Map.copyOf(revisions);
        journal = List.copyOf(journal);
        successfulJournalRows = Map.copyOf(successfulJournalRows);
    }

    /** A history of these rows. */
    public History(Map<String, Revision> revisions, List<JournalRow> journal) {
        this(revisions, journal, indexSuccessful(journal));
    }

    private static Map<String, JournalRow> indexSuccessful(List<JournalRow> journal) {
        Map<String, JournalRow> index = new java.util.HashMap<>();
        for (JournalRow row : journal) {
            if (row.success() && row.version() != null) {
                index.put(row.version(), row);
            }
        }
        return index;
    }

    /** Reads both tables; missing tables read as empty. */
    public static History read(Connection c, RevisionsTable revisionsTable, Journal journalTable) throws SQLException {
        Map<String, Revision> byVersion = new LinkedHashMap<>();
        for (Revision r : revisionsTable.readAll(c)) {
            byVersion.put(r.version(), r);
        }
        return new History(byVersion, journalTable.readAll(c));
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
