package dev.migrations.core.internal.apply;

import dev.migrations.core.internal.run.RunContext;
import dev.migrations.core.internal.run.OperatorVersion;
import dev.migrations.core.internal.history.History;
import dev.migrations.core.internal.engine.Journal;
import dev.migrations.core.internal.engine.JournalRow;
import dev.migrations.core.internal.revisions.Revision;
import dev.migrations.sql.migration.Migration;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Brings the engine journal in step with the revisions table, which is the record of truth: failed journal rows go
 * (the revisions row keeps what a partial file needs), complete revisions without a journal row get one (a crash
 * between a no-transaction file's last statement and its journal row, or a database first migrated by the Atlas
 * CLI), and journal rows without a revision get one back.
 *
 * <p>A repeatable file whose revision has no journal row gets none: the plan takes it as outdated and runs it again,
 * which writes the row. Its latest journal run without a revision gets one back when the file is still in the
 * directory with that content.
 */
final class Reconciler {

    private Reconciler() {
    }

    /** Repairs the journal and returns a sentence per repair, for the log. */
    static List<String> reconcile(Connection c, RunContext target, History history) throws SQLException {
        List<String> notes = new ArrayList<>();
        int failed = target.journal().deleteFailed(c);
        if (failed > 0) {
            notes.add("removed " + failed + " failed journal row(s); the revisions table keeps their progress");
        }
        for (Revision r : history.revisions().values()) {
            if (r.isRepeatable()) {
                continue;
            }
            Optional<Migration> file = target.find(r.version());
            if ((r.type() & Revision.BASELINE) != 0) {
                boolean hasMarker = history.journal().stream().anyMatch(j -> j.isBaseline() && r.version().equals(j.version()));
                if (!hasMarker) {
                    target.journal().append(c, r.version(), "<< Baseline >>", "BASELINE", "<< Baseline >>", null, 0);
                    notes.add("recorded baseline " + r.version() + " in the journal");
                }
            } else if (r.isComplete() && history.journalRow(r.version()).isEmpty()) {
                target.journal().append(c, r.version(), r.description(), "SQL",
                        file.map(Migration::path).orElse(r.version()), file.map(Migration::checksum32).orElse(null),
                        (int) (r.executionNanos() / 1_000_000));
                notes.add("recorded version " + r.version() + " in the journal from the revisions table");
            }
        }
        for (JournalRow row : history.journal()) {
            if (row.success() && row.version() != null && !row.isBaseline()
                    && !history.revisions().containsKey(row.version())) {
                Optional<Migration> file = target.find(row.version());
                target.revisions().upsert(c, new Revision(row.version(), row.description(), Revision.APPLIED, 0, 0,
                        Instant.now(), row.executionMillis() * 1_000_000L, null, null,
                        file.map(Migration::hash).orElse(""), null, OperatorVersion.VALUE));
                notes.add("recorded version " + row.version() + " in the revisions table from the journal");
            }
        }
        for (Migration m : target.repeatables()) {
            Optional<JournalRow> run = history.latestRepeatableRun(Journal.description(m));
            if (run.isPresent() && !history.revisions().containsKey(m.revisionKey())
                    && run.get().checksum() != null && run.get().checksum() == m.checksum32()) {
                target.revisions().upsert(c, new Revision(m.revisionKey(), m.description(), Revision.APPLIED, 0, 0,
                        run.get().installedOn(), run.get().executionMillis() * 1_000_000L, null, null, m.hash(), null,
                        OperatorVersion.VALUE));
                notes.add("recorded repeatable " + m.path() + " in the revisions table from the journal");
            }
        }
        return notes;
    }
}
