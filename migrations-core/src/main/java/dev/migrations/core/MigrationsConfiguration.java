package dev.migrations.core;

import dev.migrations.core.connect.DatabaseUrl;
import dev.migrations.core.connect.UrlDataSource;
import dev.migrations.sql.MigrationsException;
import dev.migrations.sql.dir.DirectoryFormat;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/** Fluent builder of a {@link Migrations} instance; start with {@link Migrations#configure()}. */
public final class MigrationsConfiguration {

    private DataSource dataSource;
    private DatabaseUrl url;
    private String directory = "classpath:db/migrations";
    private DirectoryFormat directoryFormat = DirectoryFormat.AUTO;
    private ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
    private String schema;
    private boolean createSchema = true;
    private String revisionsSchema;
    private String revisionsTable = MigrationSettings.DEFAULT_REVISIONS_TABLE;
    private String journalTable = MigrationSettings.DEFAULT_JOURNAL_TABLE;
    private TransactionMode transactionMode = TransactionMode.FILE;
    private ExecOrder execOrder = ExecOrder.LINEAR;
    private String baselineVersion;
    private boolean allowDirty;
    private boolean strict;
    private Duration lockTimeout = MigrationSettings.DEFAULT_LOCK_TIMEOUT;
    private Duration statementTimeout;
    private Duration statementLockTimeout;
    private boolean allowPooler;
    private MigrationListener listener = MigrationListener.NONE;

    MigrationsConfiguration() {
    }

    /** The database to migrate (a pool is fine; two connections are used at a time). */
    public MigrationsConfiguration dataSource(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        return this;
    }

    /** The database to migrate, as a JDBC URL or a {@code postgres://} URI; {@code search_path} picks the schema. */
    public MigrationsConfiguration url(String url) {
        this.url = DatabaseUrl.parse(url);
        return this;
    }

    /** Migration directory: a path, {@code file://path} or {@code classpath:db/migrations} (the default). */
    public MigrationsConfiguration directory(String directory) {
        this.directory = Objects.requireNonNull(directory, "directory");
        return this;
    }

    /**
     * Directory layout: atlas, flyway, golang-migrate, goose, dbmate or prisma (default {@link DirectoryFormat#AUTO}:
     * recognised from the files).
     */
    public MigrationsConfiguration directoryFormat(DirectoryFormat format) {
        this.directoryFormat = Objects.requireNonNull(format, "format");
        return this;
    }

    /** Class loader for {@code classpath:} directories (default: the thread's context class loader). */
    public MigrationsConfiguration classLoader(ClassLoader classLoader) {
        this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
        return this;
    }

    /** Target schema (default: the URL's {@code search_path}, else {@code public}). */
    public MigrationsConfiguration schema(String schema) {
        this.schema = requireName(schema, "schema");
        return this;
    }

    /** Create missing schemas (default true). */
    public MigrationsConfiguration createSchema(boolean createSchema) {
        this.createSchema = createSchema;
        return this;
    }

    /** Schema of the revisions table (default: the target schema). */
    public MigrationsConfiguration revisionsSchema(String revisionsSchema) {
        this.revisionsSchema = requireName(revisionsSchema, "revisionsSchema");
        return this;
    }

    /** Name of the revisions table (default {@code atlas_schema_revisions}). */
    public MigrationsConfiguration revisionsTable(String revisionsTable) {
        this.revisionsTable = requireName(revisionsTable, "revisionsTable");
        return this;
    }

    /** Name of the engine journal, Flyway's history table (default {@code migrations_journal}). */
    public MigrationsConfiguration journalTable(String journalTable) {
        this.journalTable = requireName(journalTable, "journalTable");
        return this;
    }

    /** Transaction mode (default {@link TransactionMode#FILE}). */
    public MigrationsConfiguration transactionMode(TransactionMode mode) {
        this.transactionMode = Objects.requireNonNull(mode, "mode");
        return this;
    }

    /** Handling of files older than the latest applied one (default {@link ExecOrder#LINEAR}). */
    public MigrationsConfiguration execOrder(ExecOrder order) {
        this.execOrder = Objects.requireNonNull(order, "order");
        return this;
    }

    /** On {@code migrate()}: adopt a database without revisions at this version (files up to it are not run). */
    public MigrationsConfiguration baselineVersion(String version) {
        this.baselineVersion = requireName(version, "baselineVersion");
        return this;
    }

    /** Migrate even when the schema already has objects but no revisions (default false). */
    public MigrationsConfiguration allowDirty(boolean allowDirty) {
        this.allowDirty = allowDirty;
        return this;
    }

    /** Fail when the database has applied versions the directory lacks (default false: warn). */
    public MigrationsConfiguration strict(boolean strict) {
        this.strict = strict;
        return this;
    }

    /** How long to wait for another instance's run (default 5 minutes). */
    public MigrationsConfiguration lockTimeout(Duration lockTimeout) {
        if (lockTimeout.isNegative()) {
            throw new IllegalArgumentException("lockTimeout must not be negative");
        }
        this.lockTimeout = lockTimeout;
        return this;
    }

    /**
     * PostgreSQL {@code statement_timeout} for migration statements (default: the server's): a statement running
     * longer fails the file instead of running on.
     */
    public MigrationsConfiguration statementTimeout(Duration timeout) {
        this.statementTimeout = requirePositive(timeout, "statementTimeout");
        return this;
    }

    /**
     * PostgreSQL {@code lock_timeout} for migration statements (default: the server's): an {@code ALTER TABLE}
     * waiting longer than this for a table lock fails instead of queueing production traffic behind it.
     */
    public MigrationsConfiguration statementLockTimeout(Duration timeout) {
        this.statementLockTimeout = requirePositive(timeout, "statementLockTimeout");
        return this;
    }

    /** Migrate even though the URL looks like a transaction-mode pooler (only right for session-mode poolers). */
    public MigrationsConfiguration allowPooler(boolean allowPooler) {
        this.allowPooler = allowPooler;
        return this;
    }

    /** Told about each applied file as it happens (default: nothing). */
    public MigrationsConfiguration listener(MigrationListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
        return this;
    }

    /** Resolves the settings and reads and verifies the directory (no database contact). */
    public Migrations load() {
        DataSource ds = dataSource;
        if (ds == null) {
            if (url == null) {
                throw new MigrationsException("no database configured: call dataSource(...) or url(...)");
            }
            ds = new UrlDataSource(url);
        }
        String target = schema != null ? schema
                : Optional.ofNullable(url).flatMap(DatabaseUrl::searchPathSchema).orElse("public");
        MigrationSettings settings = new MigrationSettings(ds, Optional.ofNullable(url), directory, directoryFormat,
                classLoader, target, createSchema, revisionsSchema != null ? revisionsSchema : target, revisionsTable,
                journalTable, transactionMode, execOrder, Optional.ofNullable(baselineVersion), allowDirty, strict,
                lockTimeout, Optional.ofNullable(statementTimeout), Optional.ofNullable(statementLockTimeout),
                allowPooler, listener);
        return new Migrations(settings);
    }

    private static Duration requirePositive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be positive");
        }
        return d;
    }

    private static String requireName(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        return value;
    }
}
