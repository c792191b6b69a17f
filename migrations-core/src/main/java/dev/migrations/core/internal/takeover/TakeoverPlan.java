package dev.migrations.core.internal.takeover;

import dev.migrations.core.result.ForeignTool;
import dev.migrations.core.internal.history.History;
import dev.migrations.core.internal.connect.TableName;
import dev.migrations.core.internal.engine.Journal;
import dev.migrations.core.internal.engine.JournalRow;
import dev.migrations.core.result.Takeover;
import dev.migrations.core.internal.revisions.Revision;
import dev.migrations.core.internal.revisions.RevisionsTable;
import dev.migrations.sql.migration.Migration;
import dev.migrations.sql.migration.MigrationKind;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Another tool's history, read, matched to the directory and checked: the revisions rows (and journal rows) that
 * record it, written in the run's first transaction. Empty when the table exists but records nothing applied.
 */
public final class TakeoverPlan {

    private final ForeignTool tool;
    private final TableName table;
    private final Optional<Revision> baseline;
    private final List<Imported> imported;
    private final List<Migration> counted;
    private final List<Changed> changed;
    private final Optional<String> version;

    /**
     * A directory file the history counts as applied, with its revisions row.
     *
     * @param file     the directory file
     * @param revision its row (type applied, or as the Atlas CLI wrote it)
     */
    record Imported(Migration file, Revision revision) {
    }

    /**
     * A Flyway repeatable file Flyway applied with other content: nothing is imported for it, so it runs again.
     *
     * @param file the directory file
     * @param how  how it differs ({@code Flyway recorded checksum ..., the file's is ...})
     */
    public record Changed(Migration file, String how) {
    }

    /**
     * @param baseline the type-1 row of the other tool's baseline, if any
     * @param imported files applied one by one, in directory order
     * @param counted  every file counted as applied (covered by the baseline or imported), in directory order
     * @param changed  repeatable files the other tool applied with other content, in directory order
     * @param version  the version the history is at
     */
    TakeoverPlan(ForeignTool tool, TableName table, Optional<Revision> baseline, List<Imported> imported,
            List<Migration> counted, List<Changed> changed, Optional<String> version) {
        this.tool = tool;
        this.table = table;
        this.baseline = baseline;
        this.imported = List.copyOf(imported);
        this.counted = List.copyOf(counted);
        this.changed = List.copyOf(changed);
        this.version = version;
    }

    /** The tool whose history this is. */
    public ForeignTool tool() {
        return tool;
    }

    /** Its table. */
    public TableName table() {
        return table;
    }

    /** True when the history records nothing applied: there is nothing to take over. */
    public boolean isEmpty() {
        return baseline.isEmpty() && imported.isEmpty();
    }

    /** The version the history is at (the latest applied, or the baseline). */
    public Optional<String> version() {
        return version;
    }

    /** The repeatable files the other tool applied with other content: not taken over, they run again. */
    public List<Changed> changedRepeatables() {
        return changed;
    }

    /** The report of this takeover. */
    public Takeover result() {
        return new Takeover(tool, table.qualified(), counted.stream().map(Migration::path).toList(),
                baseline.map(Revision::version), version.orElse(""),
                counted.stream().filter(m -> m.kind() == MigrationKind.REPEATABLE).map(Migration::path).toList(),
                changed.stream().map(c -> c.file().path()).toList());
    }

    /** The revisions rows to write: the baseline row first, then one per imported file. */
    public List<Revision> revisions() {
        List<Revision> rows = new ArrayList<>(imported.size() + 1);
        baseline.ifPresent(rows::add);
        imported.forEach(i -> rows.add(i.revision()));
        return rows;
    }

    /**
     * The journal rows the engine needs to treat these files as applied: a baseline marker, and a row per imported
     * file with this library's checksum of it (a repeatable file's without a version, known by its description).
     */
    public List<JournalRow> journalRows() {
        List<JournalRow> rows = new ArrayList<>(imported.size() + 1);
        Instant now = Instant.now();
        baseline.ifPresent(b -> rows.add(new JournalRow(rows.size() + 1, b.version(), "<< Baseline >>", "BASELINE",
                "<< Baseline >>", null, "", now, 0, true)));
        for (Imported i : imported) {
            Migration m = i.file();
            rows.add(new JournalRow(rows.size() + 1, m.kind() == MigrationKind.REPEATABLE ? null : m.versionText(),
                    Journal.description(m), "SQL", m.path(),
                    m.checksum32(), "", now, (int) Math.min(Integer.MAX_VALUE,
                            i.revision().executionNanos() / 1_000_000), true));
        }
        return rows;
    }

    /** The history as it reads once this takeover is written (for planning before the write). */
    public History applyTo(History history) {
        Map<String, Revision> revisions = new LinkedHashMap<>(history.revisions());
        for (Revision r : revisions()) {
            revisions.put(r.version(), r);
        }
        List<JournalRow> journal = new ArrayList<>(history.journal());
        journal.addAll(journalRows());
        return new History(revisions, journal);
    }

    /** Writes the rows; the caller holds the lock and commits. The other tool's table is not touched. */
    public void write(Connection c, RevisionsTable revisions, Journal journal) throws SQLException {
        revisions.upsertAll(c, revisions());
        journal.appendAll(c, journalRows());
    }
}
