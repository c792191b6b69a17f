package dev.migrations.core.internal.run;

import dev.migrations.error.ErrorKind;
import dev.migrations.core.error.DatabaseException;
import dev.migrations.core.internal.history.History;
import dev.migrations.core.error.HistoryConflictException;
import dev.migrations.core.internal.engine.Journal;
import dev.migrations.core.internal.engine.JournalRow;
import dev.migrations.core.internal.lock.MigrationLock;
import dev.migrations.core.result.BaselineResult;
import dev.migrations.core.result.RehashResult;
import dev.migrations.core.result.SetResult;
import dev.migrations.core.internal.revisions.Revision;
import dev.migrations.error.MigrationsException;
import dev.migrations.sql.migration.Migration;
import dev.migrations.sql.migration.MigrationKind;
import dev.migrations.sql.version.Version;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's tools, each one transaction under the migration lock: {@code baseline}, {@code set} and
 * {@code rehash}. They write the revisions table and the journal together, so the two never disagree.
 *
 * <p>Flyway repeatable files have no version: {@code baseline} and {@code set} leave their records alone, and
 * {@code rehash} only moves the recorded {@code atlas.sum} hash of those applied as they are (a changed one runs again
 * instead).
 */
public final class AdministrativeOperations {

    private static final Logger LOG = LoggerFactory.getLogger("dev.migrations");

    private final RunContext target;

    public AdministrativeOperations(RunContext target) {
        this.target = target;
    }

    /** Adopts a database that has no revisions at {@code version}: files up to it count as applied. */
    public BaselineResult baseline(String version) {
        Migration file = Baselines.require(target, version);
        return inTransaction((c, history) -> {
            if (!history.isEmpty()) {
                throw new HistoryConflictException(ErrorKind.BAD_BASELINE, target.settings().schema(), List.of(),
                        List.of(version), "schema \"" + target.settings().schema()
                        + "\" already has revisions (" + history.revisions().size() + " rows in "
                        + target.revisions().qualifiedName() + "); baseline only adopts a database without them. "
                        + "To move the recorded version, use set(\"" + version + "\")");
            }
            target.createTables(c);
            Baselines.write(c, target, file);
            LOG.info("baseline: schema {} adopted at version {} ({})", target.settings().schema(), version,
                    file.path());
            return new BaselineResult(target.settings().schema(), version, file.path());
        });
    }

    /**
     * Marks every file up to {@code version} applied without running it, and forgets every file above it, like
     * {@code atlas migrate set}. Repeatable files are not touched.
     */
    public SetResult set(String version) {
        Migration file = target.find(version).orElseThrow(() -> new MigrationsException(ErrorKind.UNKNOWN_VERSION, "version " + version
                + " is not a file of " + target.settings().directory() + "; 'set' takes the version of an existing "
                + "file"));
        return inTransaction((c, history) -> {
            target.createTables(c);
            List<String> changed = new ArrayList<>();
            for (Migration m : target.migrations()) {
                if (m.kind() == MigrationKind.REPEATABLE || m.version().compareTo(file.version()) > 0) {
                    continue;
                }
                Revision r = history.revisions().get(m.versionText());
                boolean covered = history.baseline().map(b -> Version.parse(b.version()).compareTo(m.version()) >= 0)
                        .orElse(false);
                if (r == null && !covered) {
                    target.revisions().upsert(c, new Revision(m.versionText(), m.description(), Revision.SET, 0, 0,
                            Instant.now(), 0, null, null, m.hash(), null, OperatorVersion.VALUE));
                    changed.add(m.versionText());
                } else if (r != null && r.isPartial()) {
                    target.revisions().upsert(c, new Revision(r.version(), r.description(), r.type() | Revision.SET,
                            r.total(), r.total(), r.executedAt(), r.executionNanos(), null, null, m.hash(), null,
                            OperatorVersion.VALUE));
                    changed.add(m.versionText());
                }
                if (!covered && history.journalRow(m.versionText()).isEmpty()) {
                    target.journal().append(c, m.versionText(), m.description(), "SQL", m.path(), m.checksum32(), 0);
                }
            }
            for (Revision r : history.revisions().values()) {
                if (!r.isRepeatable() && above(r.version(), file.version())) {
                    target.revisions().delete(c, r.version());
                    changed.add(r.version());
                }
            }
            for (JournalRow row : history.journal()) {
                if (row.version() != null && above(row.version(), file.version())) {
                    target.journal().delete(c, row.version());
                }
            }
            LOG.info("set: schema {} now at version {} ({} record(s) changed)", target.settings().schema(), version,
                    changed.size());
            return new SetResult(target.settings().schema(), version, changed);
        });
    }

    /**
     * Records the current hashes of applied files that were edited on purpose (an explicit operator action,
     * logged per file).
     */
    public RehashResult rehash() {
        return inTransaction((c, history) -> {
            List<String> edited = new ArrayList<>();
            List<String> moved = new ArrayList<>();
            for (Migration m : target.migrations()) {
                Revision r = history.revisions().get(m.revisionKey());
                if (r == null || (r.type() & Revision.BASELINE) != 0 || r.isPartial()) {
                    continue;
                }
                if (m.kind() == MigrationKind.REPEATABLE) {
                    boolean current = history.latestRepeatableRun(Journal.description(m))
                            .map(run -> run.checksum() != null && run.checksum() == m.checksum32()).orElse(false);
                    if (current && !r.hash().equals(m.hash())) {
                        target.revisions().upsert(c, r.withHash(m.hash()));
                        LOG.info("rehash: updated the atlas.sum hash recorded for {}", m.label());
                        moved.add(m.path());
                    }
                    continue;
                }
                boolean hashDiffers = !r.hash().equals(m.hash());
                JournalRow row = history.journalRow(m.versionText()).orElse(null);
                boolean checksumDiffers = row != null && row.checksum() != null && row.checksum() != m.checksum32();
                if (hashDiffers) {
                    target.revisions().upsert(c, r.withHash(m.hash()));
                }
                if (checksumDiffers) {
                    target.journal().updateChecksum(c, m.versionText(), m.checksum32());
                }
                if (checksumDiffers) {
                    LOG.warn("rehash: recorded the edited content of {} (version {}) as applied", m.path(),
                            m.versionText());
                    edited.add(m.path());
                } else if (hashDiffers) {
                    LOG.info("rehash: updated the atlas.sum hash recorded for {} (version {})", m.path(),
                            m.versionText());
                    moved.add(m.path());
                }
            }
            LOG.info("rehash: {} edited file(s) recorded, {} hash(es) updated in schema {}", edited.size(),
                    moved.size(), target.settings().schema());
            return new RehashResult(edited, moved);
        });
    }

    private static boolean above(String recorded, Version limit) {
        try {
            return Version.parse(recorded).compareTo(limit) > 0;
        } catch (IllegalArgumentException e) {
            return recorded.compareTo(limit.text()) > 0;
        }
    }

    private interface Work<T> {
        T apply(Connection c, History history) throws SQLException;
    }

    /** Runs {@code work} in one transaction on the lock's session. */
    private <T> T inTransaction(Work<T> work) {
        try (MigrationLock lock = target.lock()) {
            Connection c = lock.connection();
            c.setAutoCommit(false);
            try {
                T result = work.apply(c, History.read(c, target.revisions(), target.journal()));
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }
}
