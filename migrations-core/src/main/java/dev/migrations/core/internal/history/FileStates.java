package dev.migrations.core.internal.history;

import dev.migrations.core.internal.engine.Journal;
import dev.migrations.core.internal.engine.JournalRow;
import dev.migrations.core.result.FileState;
import dev.migrations.core.result.FileStatus;
import dev.migrations.core.internal.revisions.Revision;
import dev.migrations.sql.migration.Migration;
import dev.migrations.sql.migration.MigrationKind;
import dev.migrations.sql.version.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The directory held against the database's history: the state of every file, what is pending, and every
 * disagreement (edited applied files, files older than the latest applied one, versions only the database knows,
 * revisions and journal out of step).
 *
 * <p>A Flyway repeatable file is applied when the latest run of its description in the journal has its checksum, and
 * outdated (pending again) when the checksum differs or when only the revisions table knows it ran. It is never
 * edited, out of order, covered by a baseline or ahead: a repeatable file removed from the directory is left alone.
 *
 * @param files      every directory file with its state, in directory order
 * @param pending    files not applied yet (partial and outdated ones included), in directory order
 * @param outOfOrder pending files older than the latest applied version
 * @param ahead      recorded versions the directory does not have (repeatable files' rows aside)
 * @param edited     applied files whose content changed since they were recorded
 * @param mismatches revisions-vs-journal disagreements, one sentence each
 * @param current    the latest applied version
 */
public record FileStates(List<FileStatus> files, List<Migration> pending, List<Migration> outOfOrder,
        List<Revision> ahead, List<EditedFile> edited, List<String> mismatches, Optional<String> current) {

    /**
     * An applied file whose content no longer matches what was recorded.
     *
     * @param migration        the file as it is now
     * @param recordedChecksum the checksum recorded when it was applied
     * @param appliedAt        when it was applied
     */
    public record EditedFile(Migration migration, int recordedChecksum, java.time.Instant appliedAt) {
    }

    /** Computes the state of every file. */
    public static FileStates of(List<Migration> plan, History history) {
        Optional<Version> baseline = history.baseline().flatMap(r -> parse(r.version()));
        List<FileStatus> files = new ArrayList<>();
        List<Migration> pending = new ArrayList<>();
        List<EditedFile> edited = new ArrayList<>();
        List<String> mismatches = new ArrayList<>();
        Version latest = baseline.orElse(null);
        Set<String> inPlan = new HashSet<>(plan.size() * 2);
        for (Migration m : plan) {
            if (m.kind() == MigrationKind.REPEATABLE) {
                FileStatus status = repeatable(m, history, mismatches);
                files.add(status);
                if (status.state() != FileState.APPLIED) {
                    pending.add(m);
                }
                continue;
            }
            inPlan.add(m.versionText());
            Revision r = history.revisions().get(m.versionText());
            FileState state = stateOf(m, r, baseline);
            if (r == null && state == FileState.PENDING && history.journalRow(m.versionText()).isPresent()) {
                // the journal says it ran; the missing revision is reported below and restored by the next run
                state = FileState.APPLIED;
            }
            files.add(new FileStatus(m.versionText(), m.description(), m.path(), state,
                    Optional.ofNullable(r).map(Revision::executedAt), r == null ? 0 : r.applied(),
                    r == null ? 0 : r.total(), Optional.ofNullable(r).map(Revision::error)));
            if (state == FileState.PENDING || state == FileState.PARTIAL) {
                pending.add(m);
                continue;
            }
            if (state != FileState.BASELINE && m.version() != null
                    && (latest == null || m.version().compareTo(latest) > 0)) {
                latest = m.version();
            }
            Optional<JournalRow> row = history.journalRow(m.versionText());
            if (state == FileState.BASELINE) {
                continue;
            }
            if (row.isEmpty()) {
                mismatches.add("version " + m.versionText() + " (" + m.path() + ") is recorded in the revisions table "
                        + "but not in the journal");
            } else if (row.get().checksum() != null && row.get().checksum() != m.checksum32()) {
                edited.add(new EditedFile(m, row.get().checksum(), r.executedAt()));
            }
        }
        List<Migration> outOfOrder = new ArrayList<>();
        for (Migration m : pending) {
            if (latest != null && m.version() != null && m.version().compareTo(latest) < 0) {
                outOfOrder.add(m);
            }
        }
        List<Revision> ahead = new ArrayList<>();
        for (Revision r : history.revisions().values()) {
            boolean coveredByBaseline = (r.type() & Revision.BASELINE) != 0;
            if (!inPlan.contains(r.version()) && !coveredByBaseline && r.isComplete() && !r.isRepeatable()) {
                ahead.add(r);
            }
        }
        ahead.sort((a, b) -> compareVersions(a.version(), b.version()));
        for (JournalRow row : history.journal()) {
            if (row.success() && row.version() != null && !row.isBaseline()
                    && !history.revisions().containsKey(row.version())) {
                mismatches.add("version " + row.version() + " (" + row.script() + ") is in the journal but not in the "
                        + "revisions table");
            }
        }
        Optional<String> current = Optional.ofNullable(latest).map(Version::text);
        if (current.isEmpty() || !ahead.isEmpty()) {
            current = currentFromRevisions(history, current);
        }
        return new FileStates(files, pending, outOfOrder, ahead, edited, mismatches, current);
    }

    /**
     * The state of a repeatable file: partial as its revision says; otherwise applied when the journal's latest run
     * has the file's checksum (noting a missing revision, which the next run restores), else pending or outdated.
     */
    private static FileStatus repeatable(Migration m, History history, List<String> mismatches) {
        Revision r = history.revisions().get(m.revisionKey());
        Optional<JournalRow> run = history.latestRepeatableRun(Journal.description(m));
        FileState state;
        if (r != null && r.isPartial()) {
            state = FileState.PARTIAL;
        } else if (run.isPresent() && run.get().checksum() != null && run.get().checksum() == m.checksum32()) {
            state = FileState.APPLIED;
            if (r == null) {
                mismatches.add("repeatable " + m.path() + " is in the journal but not in the revisions table");
            }
        } else {
            state = run.isPresent() || r != null ? FileState.OUTDATED : FileState.PENDING;
        }
        Optional<Instant> executedAt = r != null ? Optional.of(r.executedAt())
                : run.map(JournalRow::installedOn);
        return new FileStatus(m.revisionKey(), m.description(), m.path(), state, executedAt,
                r == null ? 0 : r.applied(), r == null ? 0 : r.total(), Optional.ofNullable(r).map(Revision::error));
    }

    private static FileState stateOf(Migration m, Revision r, Optional<Version> baseline) {
        if (r != null) {
            if ((r.type() & Revision.BASELINE) != 0) {
                return FileState.BASELINE;
            }
            if ((r.type() & Revision.SET) != 0) {
                return FileState.SET;
            }
            return r.isComplete() ? FileState.APPLIED : FileState.PARTIAL;
        }
        if (baseline.isPresent() && m.version() != null && m.version().compareTo(baseline.get()) <= 0) {
            return FileState.BASELINE;
        }
        return FileState.PENDING;
    }

    private static Optional<String> currentFromRevisions(History history, Optional<String> fromPlan) {
        String best = fromPlan.orElse(null);
        for (Revision r : history.revisions().values()) {
            if (r.isComplete() && !r.isRepeatable() && (best == null || compareVersions(r.version(), best) > 0)) {
                best = r.version();
            }
        }
        return Optional.ofNullable(best);
    }

    private static int compareVersions(String a, String b) {
        Optional<Version> va = parse(a);
        Optional<Version> vb = parse(b);
        if (va.isPresent() && vb.isPresent()) {
            return va.get().compareTo(vb.get());
        }
        return a.compareTo(b);
    }

    private static Optional<Version> parse(String text) {
        try {
            return Optional.of(Version.parse(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when the database has applied files the directory does not know. */
    public boolean databaseAhead() {
        return !ahead.isEmpty();
    }
}
