package dev.migrations.core.internal.run;

import dev.migrations.error.ErrorKind;
import dev.migrations.core.MigrationSettings;
import dev.migrations.core.internal.connect.Identifiers;
import dev.migrations.core.internal.connect.PoolerCheck;
import dev.migrations.core.internal.connect.TableName;
import dev.migrations.core.internal.engine.Journal;
import dev.migrations.core.internal.engine.JournalRow;
import dev.migrations.core.internal.history.History;
import dev.migrations.core.internal.lock.MigrationLock;
import dev.migrations.core.internal.revisions.RevisionsTable;
import dev.migrations.core.internal.takeover.ForeignHistories;
import dev.migrations.core.internal.takeover.TakeoverContext;
import dev.migrations.core.internal.takeover.TakeoverPlan;
import dev.migrations.error.MigrationsException;
import dev.migrations.sql.migration.LoadedDirectory;
import dev.migrations.sql.migration.Migration;
import dev.migrations.sql.migration.MigrationKind;
import dev.migrations.core.error.FaultKind;
import dev.migrations.url.DatabaseUrl;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Everything an operation works on: the settings, the verified directory, and the two tables.
 *
 * @param settings        resolved options
 * @param url             the URL the data source was built from, when one was given (pooler check, messages)
 * @param loadedDirectory the loaded and verified directory
 * @param revisions the revisions table
 * @param journal   the engine journal
 */
public record RunContext(MigrationSettings settings, Optional<DatabaseUrl> url, LoadedDirectory loadedDirectory,
        RevisionsTable revisions, Journal journal) {

    /** Builds the context of a settings/directory pair; {@code url} is the URL the data source was built from. */
    public static RunContext of(MigrationSettings settings, Optional<DatabaseUrl> url, LoadedDirectory loadedDirectory) {
        return new RunContext(settings, url, loadedDirectory, new RevisionsTable(settings.revisionsSchema(),
                settings.revisionsTable()), new Journal(settings.schema(), settings.journalTable()));
    }

    public DataSource dataSource() {
        return settings.dataSource();
    }

    public List<Migration> migrations() {
        return loadedDirectory.migrations();
    }

    /** Table names of this library in the target schema, left out of the dirty-schema check. */
    public Set<String> ownTables() {
        return settings.revisionsSchema().equals(settings.schema())
                ? Set.of(settings.revisionsTable(), settings.journalTable())
                : Set.of(settings.journalTable());
    }

    /**
     * Takes the run-wide lock of this revisions table, after refusing transaction-mode poolers; the lock's
     * connection is this run's first and only connection until the files run.
     */
    public MigrationLock lock() throws SQLException {
        if (!settings.allowPooler() && url.isPresent()) {
            PoolerCheck.refusePooler(url.get());
        }
        Connection c;
        try {
            c = dataSource().getConnection();
        } catch (SQLException e) {
            if (FaultKind.of(e, false) == FaultKind.TOO_MANY_CONNECTIONS) {
                throw Faults.tooManyConnections(e, settings.schema());
            }
            throw e;
        }
        try {
            if (!settings.allowPooler() && url.isEmpty()) {
                PoolerCheck.refusePooler(DatabaseUrl.parse(c.getMetaData().getURL()));
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return MigrationLock.acquire(c, revisions.schema(), revisions.table(), revisions.qualifiedName(),
                settings.lockTimeout());
    }

    /**
     * What a run created, so a run that fails before recording anything can take it away again.
     *
     * @param schemas   schemas created
     * @param revisions whether the revisions table was created
     * @param journal   whether the journal was created
     */
    public record Created(List<String> schemas, boolean revisions, boolean journal) {
    }

    /** Creates the schemas (when allowed) and both tables when missing; says what it created. */
    public Created createTables(Connection c) throws SQLException {
        List<String> createdSchemas = new java.util.ArrayList<>();
        for (String schema : new java.util.LinkedHashSet<>(List.of(settings.schema(), settings.revisionsSchema()))) {
            if (!dev.migrations.core.internal.history.SchemaInspector.exists(c, schema)) {
                if (!settings.createSchema()) {
                    throw new MigrationsException(ErrorKind.SCHEMA_MISSING, "schema " + Identifiers.quote(schema) + " does not exist and "
                            + "creating schemas is turned off: create it, or allow schema creation");
                }
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(schema));
                }
                createdSchemas.add(schema);
            }
        }
        boolean newRevisions = !revisions.exists(c);
        revisions.create(c);
        boolean newJournal = !journal.exists(c);
        journal.create(c);
        return new Created(createdSchemas, newRevisions, newJournal);
    }

    /**
     * Drops what {@link #createTables} created, when the run recorded nothing: a first run whose first file failed
     * leaves the database as it found it.
     */
    public void dropIfNothingRecorded(Created created) {
        if (created.schemas().isEmpty() && !created.revisions() && !created.journal()) {
            return;
        }
        try (Connection c = dataSource().getConnection(); Statement st = c.createStatement()) {
            if (!revisions.readAll(c).isEmpty() || !journal.readAll(c).isEmpty()) {
                return;
            }
            c.setAutoCommit(false);
            if (created.journal()) {
                st.execute("DROP TABLE IF EXISTS " + journal.qualifiedName());
            }
            if (created.revisions()) {
                st.execute("DROP TABLE IF EXISTS " + revisions.qualifiedName());
            }
            for (String schema : created.schemas()) {
                st.execute("DROP SCHEMA IF EXISTS " + Identifiers.quote(schema) + " RESTRICT");
            }
            c.commit();
        } catch (SQLException e) {
            org.slf4j.LoggerFactory.getLogger("dev.migrations").warn("could not remove the empty tables of a failed "
                    + "first run ({}); they are harmless and the next run uses them", e.getMessage());
        }
    }

    /** A sentence about the first revisions row whose type is not a revision type, if any. */
    public java.util.Optional<String> unknownRevisionType(dev.migrations.core.internal.history.History history) {
        return history.revisions().values().stream().filter(r -> !r.hasKnownType())
                .sorted(java.util.Comparator.comparing(dev.migrations.core.internal.revisions.Revision::version)).findFirst()
                .map(r -> "the revisions table " + revisions.qualifiedName() + " has version " + r.version()
                        + " with type " + r.type() + ", which is not a revision type (1 baseline, 2 applied, 4 set, or "
                        + "their sums). Correct the row by hand, or mark the file applied with set(\""
                        + r.version() + "\").");
    }

    /**
     * Another tool's history to take over, read and checked, when the database has no history of this library yet
     * (no revisions, no successful journal row); empty otherwise, or when there is no such table.
     *
     * @throws dev.migrations.core.error.TakeoverException when the history cannot be taken over as it is
     */
    public Optional<TakeoverPlan> takeover(Connection c, History history) throws SQLException {
        if (!history.isEmpty() || history.journal().stream().anyMatch(JournalRow::success)) {
            return Optional.empty();
        }
        return ForeignHistories.read(c, new TakeoverContext(
                settings.historyTable().map(t -> TableName.parse(t, settings.schema())), settings.schema(), List.of(revisions.tableName(), journal.tableName()),
                migrations(), settings.directory(), OperatorVersion.VALUE));
    }

    /** Finds a versioned (or baseline) directory file by version; repeatable files have none. */
    public java.util.Optional<Migration> find(String version) {
        return migrations().stream()
                .filter(m -> m.kind() != MigrationKind.REPEATABLE && m.versionText().equals(version)).findFirst();
    }

    /** The directory's repeatable files. */
    public List<Migration> repeatables() {
        return migrations().stream().filter(m -> m.kind() == MigrationKind.REPEATABLE).toList();
    }
}
