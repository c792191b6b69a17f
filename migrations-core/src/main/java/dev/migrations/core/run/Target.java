package dev.migrations.core.run;

import dev.migrations.core.MigrationSettings;
import dev.migrations.core.check.History;
import dev.migrations.core.connect.DatabaseUrl;
import dev.migrations.core.connect.Identifiers;
import dev.migrations.core.connect.PoolerCheck;
import dev.migrations.core.engine.Journal;
import dev.migrations.core.engine.JournalRow;
import dev.migrations.core.lock.MigrationLock;
import dev.migrations.core.revision.RevisionsTable;
import dev.migrations.core.takeover.ForeignHistories;
import dev.migrations.core.takeover.TakeoverContext;
import dev.migrations.core.takeover.TakeoverPlan;
import dev.migrations.sql.MigrationsException;
import dev.migrations.sql.plan.Migration;
import dev.migrations.sql.plan.MigrationKind;
import dev.migrations.sql.plan.MigrationPlan;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Everything an operation works on: the settings, the verified directory, and the two tables.
 *
 * @param settings  resolved options
 * @param plan      the loaded and verified directory
 * @param revisions the revisions table
 * @param journal   the engine journal
 */
public record Target(MigrationSettings settings, MigrationPlan plan, RevisionsTable revisions, Journal journal) {

    /** Builds the target of a settings/plan pair. */
    public static Target of(MigrationSettings settings, MigrationPlan plan) {
        return new Target(settings, plan, new RevisionsTable(settings.revisionsSchema(), settings.revisionsTable()),
                new Journal(settings.schema(), settings.journalTable()));
    }

    DataSource dataSource() {
        return settings.dataSource();
    }

    List<Migration> migrations() {
        return plan.migrations();
    }

    /** Table names of this library in the target schema, left out of the dirty-schema check. */
    Set<String> ownTables() {
        return settings.revisionsSchema().equals(settings.schema())
                ? Set.of(settings.revisionsTable(), settings.journalTable())
                : Set.of(settings.journalTable());
    }

    /**
     * Takes the run-wide lock of this revisions table, after refusing transaction-mode poolers; the lock's
     * connection is this run's first and only connection until the files run.
     */
    MigrationLock lock() throws SQLException {
        if (!settings.allowPooler() && settings.url().isPresent()) {
            DatabaseUrl url = settings.url().get();
            PoolerCheck.refusePooler(url.jdbcUrl(), url.parameters());
        }
        Connection c;
        try {
            c = dataSource().getConnection();
        } catch (SQLException e) {
            if (dev.migrations.core.fault.FaultKind.of(e, false)
                    == dev.migrations.core.fault.FaultKind.TOO_MANY_CONNECTIONS) {
                throw WritePreflight.tooManyConnections(e, settings.schema());
            }
            throw e;
        }
        try {
            if (!settings.allowPooler() && settings.url().isEmpty()) {
                PoolerCheck.refusePooler(c.getMetaData().getURL(), Map.of());
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
    record Created(List<String> schemas, boolean revisions, boolean journal) {
    }

    /** Creates the schemas (when allowed) and both tables when missing; says what it created. */
    Created createTables(Connection c) throws SQLException {
        List<String> createdSchemas = new java.util.ArrayList<>();
        for (String schema : new java.util.LinkedHashSet<>(List.of(settings.schema(), settings.revisionsSchema()))) {
            if (!dev.migrations.core.check.SchemaInspector.exists(c, schema)) {
                if (!settings.createSchema()) {
                    throw new MigrationsException("schema " + Identifiers.quote(schema) + " does not exist and "
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
    void dropIfNothingRecorded(Created created) {
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

    /** How to refer to the directory in a suggested command: {@code --dir x [--dir-format f]}. */
    String dirArguments() {
        String format = settings.directoryFormat().cliName();
        boolean detectedOrDefault = "atlas".equals(format) || "auto".equals(format);
        return "--dir " + settings.directory() + (detectedOrDefault ? "" : " --dir-format " + format);
    }

    /** A sentence about the first revisions row whose type is not a revision type, if any. */
    java.util.Optional<String> unknownRevisionType(dev.migrations.core.check.History history) {
        return history.revisions().values().stream().filter(r -> !r.hasKnownType())
                .sorted(java.util.Comparator.comparing(dev.migrations.core.revision.Revision::version)).findFirst()
                .map(r -> "the revisions table " + revisions.qualifiedName() + " has version " + r.version()
                        + " with type " + r.type() + ", which is not a revision type (1 baseline, 2 applied, 4 set, or "
                        + "their sums). Correct the row by hand, or mark the file applied with 'migrations migrate set "
                        + r.version() + " " + dirArguments() + "'.");
    }

    /**
     * Another tool's history to take over, read and checked, when the database has no history of this library yet
     * (no revisions, no successful journal row); empty otherwise, or when there is no such table.
     *
     * @throws dev.migrations.core.takeover.TakeoverException when the history cannot be taken over as it is
     */
    Optional<TakeoverPlan> takeover(Connection c, History history) throws SQLException {
        if (!history.isEmpty() || history.journal().stream().anyMatch(JournalRow::success)) {
            return Optional.empty();
        }
        return ForeignHistories.read(c, new TakeoverContext(
                settings.historyTable(), settings.schema(), List.of(revisions.tableName(), journal.tableName()),
                migrations(), settings.directory(), dirArguments(), OperatorVersion.VALUE));
    }

    /** Finds a versioned (or baseline) directory file by version; repeatable files have none. */
    java.util.Optional<Migration> find(String version) {
        return migrations().stream()
                .filter(m -> m.kind() != MigrationKind.REPEATABLE && m.versionText().equals(version)).findFirst();
    }

    /** The directory's repeatable files. */
    List<Migration> repeatables() {
        return migrations().stream().filter(m -> m.kind() == MigrationKind.REPEATABLE).toList();
    }
}
