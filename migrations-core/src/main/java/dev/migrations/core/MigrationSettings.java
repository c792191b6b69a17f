package dev.migrations.core;

import dev.migrations.core.internal.connect.TableName;
import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.url.DatabaseUrl;
import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Every option of a {@link Migrations} instance, resolved to its final value by {@link MigrationsConfiguration#load()}.
 * Immutable. Only {@link MigrationsConfiguration} creates it, so a new option never breaks a caller: read the values
 * through the accessors.
 */
public final class MigrationSettings {

    /** Default revisions table name, as Atlas names it. */
    public static final String DEFAULT_REVISIONS_TABLE = "atlas_schema_revisions";
    /** Default journal table name. */
    public static final String DEFAULT_JOURNAL_TABLE = "migrations_journal";
    /** Default lock timeout. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(5);
    private final DataSource dataSource;
    private final String directory;
    private final DirectoryFormat directoryFormat;
    private final ClassLoader classLoader;
    private final String schema;
    private final boolean createSchema;
    private final String revisionsSchema;
    private final String revisionsTable;
    private final String journalTable;
    private final TransactionMode transactionMode;
    private final ExecOrder execOrder;
    private final Optional<String> baselineVersion;
    private final boolean allowDirty;
    private final boolean strict;
    private final Duration lockTimeout;
    private final Optional<Duration> statementTimeout;
    private final Optional<Duration> statementLockTimeout;
    private final boolean allowPooler;
    private final MigrationListener listener;
    private final Optional<String> historyTable;

    MigrationSettings(DataSource dataSource, String directory, DirectoryFormat directoryFormat, ClassLoader classLoader,
            String schema, boolean createSchema, String revisionsSchema, String revisionsTable, String journalTable,
            TransactionMode transactionMode, ExecOrder execOrder, Optional<String> baselineVersion, boolean
            allowDirty, boolean strict, Duration lockTimeout, Optional<Duration> statementTimeout,
            Optional<Duration> statementLockTimeout, boolean allowPooler, MigrationListener listener,
            Optional<String> historyTable) {
        this.dataSource = dataSource;
        this.directory = directory;
        this.directoryFormat = directoryFormat;
        this.classLoader = classLoader;
        this.schema = schema;
        this.createSchema = createSchema;
        this.revisionsSchema = revisionsSchema;
        this.revisionsTable = revisionsTable;
        this.journalTable = journalTable;
        this.transactionMode = transactionMode;
        this.execOrder = execOrder;
        this.baselineVersion = baselineVersion;
        this.allowDirty = allowDirty;
        this.strict = strict;
        this.lockTimeout = lockTimeout;
        this.statementTimeout = statementTimeout;
        this.statementLockTimeout = statementLockTimeout;
        this.allowPooler = allowPooler;
        this.listener = listener;
        this.historyTable = historyTable;
    }

    /** Where to connect. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Migration directory: a path, {@code file://path} or {@code classpath:location}. */
    public String directory() {
        return directory;
    }

    /** The directory layout as configured ({@link DirectoryFormat#AUTO}: recognised from the files). */
    public DirectoryFormat directoryFormat() {
        return directoryFormat;
    }

    /** Loader for {@code classpath:} directories. */
    public ClassLoader classLoader() {
        return classLoader;
    }

    /** The target schema: Flyway's default schema and where the journal lives. */
    public String schema() {
        return schema;
    }

    /** Whether missing schemas are created. */
    public boolean createSchema() {
        return createSchema;
    }

    /** Schema of the revisions table. */
    public String revisionsSchema() {
        return revisionsSchema;
    }

    /** Name of the revisions table. */
    public String revisionsTable() {
        return revisionsTable;
    }

    /** Name of the engine journal (Flyway's history table) in the target schema. */
    public String journalTable() {
        return journalTable;
    }

    /** File, all or none. */
    public TransactionMode transactionMode() {
        return transactionMode;
    }

    /** Linear, linear-skip or non-linear. */
    public ExecOrder execOrder() {
        return execOrder;
    }

    /** On migrate: adopt an existing database without revisions at this version. */
    public Optional<String> baselineVersion() {
        return baselineVersion;
    }

    /** Whether to apply even though the schema holds objects and no revisions. */
    public boolean allowDirty() {
        return allowDirty;
    }

    /** Whether to fail (instead of warn) when the database has versions the directory lacks. */
    public boolean strict() {
        return strict;
    }

    /** How long to wait for another run to finish. */
    public Duration lockTimeout() {
        return lockTimeout;
    }

    /** PostgreSQL {@code statement_timeout} for migration statements, if set. */
    public Optional<Duration> statementTimeout() {
        return statementTimeout;
    }

    /** PostgreSQL {@code lock_timeout} for migration statements, if set. */
    public Optional<Duration> statementLockTimeout() {
        return statementLockTimeout;
    }

    /** Whether to migrate even though the URL looks like a transaction-mode pooler. */
    public boolean allowPooler() {
        return allowPooler;
    }

    /** Told about each applied file. */
    public MigrationListener listener() {
        return listener;
    }

    /**
     * The other tool's history table to take over, as configured ({@code table} or {@code schema.table}); empty: the
     * default places are looked at.
     */
    public Optional<String> historyTable() {
        return historyTable;
    }
}
