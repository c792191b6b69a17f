package dev.migrations.core.run;

import dev.migrations.core.MigrationSettings;
import dev.migrations.core.connect.Identifiers;
import dev.migrations.core.engine.Journal;
import dev.migrations.core.lock.MigrationLock;
import dev.migrations.core.revision.RevisionsTable;
import dev.migrations.sql.MigrationsException;
import dev.migrations.sql.plan.Migration;
import dev.migrations.sql.plan.MigrationPlan;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
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

    /** Takes the run-wide lock of this revisions table, after refusing transaction-mode poolers. */
    MigrationLock lock() throws SQLException {
        if (!settings.allowPooler()) {
            if (settings.url().isPresent()) {
                dev.migrations.core.connect.DatabaseUrl url = settings.url().get();
                dev.migrations.core.connect.PoolerCheck.refusePooler(url.jdbcUrl(), url.parameters());
            } else {
                try (Connection c = dataSource().getConnection()) {
                    dev.migrations.core.connect.PoolerCheck.refusePooler(c.getMetaData().getURL(), java.util.Map.of());
                }
            }
        }
        return MigrationLock.acquire(dataSource(), revisions.schema(), revisions.table(), revisions.qualifiedName(),
                settings.lockTimeout());
    }

    /** Creates the schemas (when allowed) and both tables when missing. */
    void createTables(Connection c) throws SQLException {
        for (String schema : new java.util.LinkedHashSet<>(List.of(settings.schema(), settings.revisionsSchema()))) {
            if (!dev.migrations.core.check.SchemaInspector.exists(c, schema)) {
                if (!settings.createSchema()) {
                    throw new MigrationsException("schema " + Identifiers.quote(schema) + " does not exist and "
                            + "creating schemas is turned off: create it, or allow schema creation");
                }
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(schema));
                }
            }
        }
        revisions.create(c);
        journal.create(c);
    }

    /** How to refer to the directory in a suggested command: {@code --dir x [--dir-format f]}. */
    String dirArguments() {
        String format = settings.directoryFormat().cliName();
        return "--dir " + settings.directory() + ("atlas".equals(format) ? "" : " --dir-format " + format);
    }

    /** Finds a directory file by version. */
    java.util.Optional<Migration> find(String version) {
        return migrations().stream().filter(m -> m.versionText().equals(version)).findFirst();
    }
}
