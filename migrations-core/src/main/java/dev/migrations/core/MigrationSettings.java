package dev.migrations.core;

import dev.migrations.core.connect.TableName;
import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.url.DatabaseUrl;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Every option of a {@link Migrations} instance, resolved to its final value by {@link MigrationsConfiguration#load()}.
 *
 * @param dataSource      where to connect
 * @param url             the URL the data source was built from, when one was given (for messages)
 * @param directory       migration directory: a path, {@code file://path} or {@code classpath:location}
 * @param directoryFormat atlas, flyway or golang-migrate layout
 * @param classLoader     loader for {@code classpath:} directories
 * @param schema          the target schema: Flyway's default schema and where the journal lives
 * @param createSchema    create the target (and revisions) schema when missing
 * @param revisionsSchema schema of the revisions table
 * @param revisionsTable  name of the revisions table
 * @param journalTable    name of the engine journal (Flyway's history table) in the target schema
 * @param transactionMode file, all or none
 * @param execOrder       linear, linear-skip or non-linear
 * @param baselineVersion apply: adopt an existing database at this version when it has no revisions yet
 * @param allowDirty      apply even though the schema holds objects and no revisions
 * @param strict          fail (instead of warn) when the database has versions the directory lacks
 * @param lockTimeout     how long to wait for another run to finish
 * @param statementTimeout     PostgreSQL {@code statement_timeout} for migration statements, if set
 * @param statementLockTimeout PostgreSQL {@code lock_timeout} for migration statements, if set
 * @param allowPooler     migrate even though the URL looks like a transaction-mode pooler
 * @param listener        told about each applied file
 * @param historyTable    the other tool's history table to take over, when named (else the default places are
 *                        looked at)
 */
public record MigrationSettings(DataSource dataSource, Optional<DatabaseUrl> url, String directory,
        DirectoryFormat directoryFormat, ClassLoader classLoader, String schema, boolean createSchema,
        String revisionsSchema, String revisionsTable, String journalTable, TransactionMode transactionMode,
        ExecOrder execOrder, Optional<String> baselineVersion, boolean allowDirty, boolean strict,
        Duration lockTimeout, Optional<Duration> statementTimeout, Optional<Duration> statementLockTimeout,
        boolean allowPooler, MigrationListener listener, Optional<TableName> historyTable) {

    /** Default revisions table name, as Atlas names it. */
    public static final String DEFAULT_REVISIONS_TABLE = "atlas_schema_revisions";
    /** Default journal table name. */
    public static final String DEFAULT_JOURNAL_TABLE = "migrations_journal";
    /** Default lock timeout. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(5);
}
