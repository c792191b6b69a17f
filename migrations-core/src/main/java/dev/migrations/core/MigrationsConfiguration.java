package dev.migrations.core;

import dev.migrations.core.LintPolicy;
import dev.migrations.core.LintScope;
import dev.migrations.core.internal.connect.TableName;
import dev.migrations.core.internal.connect.UrlDataSource;
import dev.migrations.core.internal.lint.LintOptions;
import dev.migrations.core.internal.lint.MigrationLinter;
import dev.migrations.core.internal.lint.TableSizes;
import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;
import dev.migrations.sql.dir.DirectoryLocation;
import dev.migrations.sql.lint.LintCode;
import dev.migrations.sql.lint.LintReport;
import dev.migrations.sql.lint.LintSettings;
import dev.migrations.sql.lint.Severity;
import dev.migrations.sql.migration.LoadedDirectory;
import dev.migrations.sql.migration.MigrationLoader;
import dev.migrations.url.DatabaseUrl;
import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.url.DatabaseUrl;
import java.time.Duration;
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
    private String historyTable;
    private LintPolicy lintPolicy = LintPolicy.OFF;
    private LintSettings lintSettings = LintSettings.DEFAULTS;

    MigrationsConfiguration() {
    }

    /** The database to migrate (a pool is fine; two connections are used at a time). */
    public MigrationsConfiguration dataSource(DataSource dataSource) {
        this.dataSource = required(dataSource, "dataSource");
        return this;
    }

    /** The database to migrate, as a JDBC URL or a {@code postgres://} URI; {@code search_path} picks the schema. */
    public MigrationsConfiguration url(String url) {
        return url(DatabaseUrl.parse(url));
    }

    /** The database to migrate, as a parsed URL (for instance with credentials from elsewhere folded in). */
    public MigrationsConfiguration url(DatabaseUrl url) {
        this.url = required(url, "url");
        return this;
    }

    /** Migration directory: a path, {@code file://path} or {@code classpath:db/migrations} (the default). */
    public MigrationsConfiguration directory(String directory) {
        this.directory = required(directory, "directory");
        return this;
    }

    /**
     * Directory layout: atlas, flyway, golang-migrate, goose, dbmate or prisma (default {@link DirectoryFormat#AUTO}:
     * recognised from the files).
     */
    public MigrationsConfiguration directoryFormat(DirectoryFormat format) {
        this.directoryFormat = required(format, "format");
        return this;
    }

    /** Class loader for {@code classpath:} directories (default: the thread's context class loader). */
    public MigrationsConfiguration classLoader(ClassLoader classLoader) {
        this.classLoader = required(classLoader, "classLoader");
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
        this.transactionMode = required(mode, "mode");
        return this;
    }

    /** Handling of files older than the latest applied one (default {@link ExecOrder#LINEAR}). */
    public MigrationsConfiguration execOrder(ExecOrder order) {
        this.execOrder = required(order, "order");
        return this;
    }

    /**
     * On {@code migrate()}: adopt a database without revisions at this version (files up to it are not run). When
     * the database has another tool's history to {@link #historyTable(String) take over}, the history decides what
     * is applied and this version must be the one it is at; a different version is refused.
     */
    public MigrationsConfiguration baselineVersion(String version) {
        this.baselineVersion = requireName(version, "baselineVersion");
        return this;
    }

    /**
     * Migrate even when the schema already has objects but no revisions (default false). Not consulted when another
     * tool's history is taken over: the history accounts for the objects.
     */
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
        if (required(lockTimeout, "lockTimeout").isNegative()) {
            throw new MigrationsException(ErrorKind.INVALID_CONFIGURATION, "lockTimeout must not be negative");
        }
        this.lockTimeout = lockTimeout;
        return this;
    }

    /**
     * PostgreSQL {@code statement_timeout} for migration statements (default: none; a {@code statement_timeout} set on
     * the role or database does not apply to the library's sessions): a statement running longer fails the file
     * instead of running on.
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
        this.listener = required(listener, "listener");
        return this;
    }

    /**
     * The history table of the tool that migrated this database before, to take over on the first
     * {@code migrate()}: {@code "table"} (in the target schema) or {@code "schema.table"}; a part may be
     * double-quoted ({@code "\"my.schema\".history"}). Needed only when the table is not where its tool keeps it
     * by default, or when the database holds the history tables of several tools.
     *
     * <p>The takeover: when the target has no revisions yet (the revisions table is missing or empty), the run
     * looks for another tool's history table, by default {@code flyway_schema_history}, {@code goose_db_version},
     * {@code schema_migrations} (golang-migrate or dbmate), {@code _prisma_migrations} and
     * {@code atlas_schema_revisions} in the target schema, and {@code atlas_schema_revisions} in schema
     * {@code atlas_schema_revisions}. The tool is recognised by the table's columns. Its history is read as that tool
     * reads it, matched to the directory's files by version (Prisma: by folder name) and checked (Flyway and Prisma
     * checksums, Atlas hashes); then, in one transaction under the migration lock, the files it counts as applied
     * are recorded as applied revisions (type 2, statement counts 0/0, {@code operator_version} ending in
     * {@code (taken over from <tool>)}; an Atlas table's rows are copied as they are) and the other tool's baseline
     * as a baseline revision, and the run goes on with the pending files. The other tool's table is left untouched.
     * Refused, before anything is written, with the tool's own words and the fix: a failed or dirty last run of
     * that tool, a recorded version the directory lacks, a file that changed since it was applied, or the history
     * tables of two tools at once. A {@link #baselineVersion(String) baseline version} given as well must be the
     * version the history is at, or the run is refused. {@link Migrations#status()} and {@link Migrations#dryRun()}
     * show what would be taken over without writing.
     *
     * @throws MigrationsException of kind {@code INVALID_CONFIGURATION} when the name is not {@code table} or {@code schema.table}
     */
    public MigrationsConfiguration historyTable(String qualifiedName) {
        if (qualifiedName == null) {
            throw new MigrationsException(ErrorKind.INVALID_CONFIGURATION, "historyTable must not be null");
        }
        try {
            TableName.parse(qualifiedName, "public");
        } catch (IllegalArgumentException e) {
            throw new MigrationsException(ErrorKind.INVALID_CONFIGURATION, e.getMessage(), e);
        }
        this.historyTable = qualifiedName;
        return this;
    }

    /**
     * What {@code migrate()} does with lint findings in the files it is about to apply: {@link LintPolicy#OFF}
     * (default), {@link LintPolicy#WARN} (log them) or {@link LintPolicy#REFUSE} (apply nothing while an
     * unsuppressed error remains).
     */
    public MigrationsConfiguration lintPolicy(LintPolicy policy) {
        this.lintPolicy = required(policy, "lintPolicy");
        return this;
    }

    /** The severity of lint check {@code code}, e.g. {@code lintSeverity(LintCode.PG101, Severity.ERROR)}. */
    public MigrationsConfiguration lintSeverity(LintCode code, Severity severity) {
        this.lintSettings = lintSettings.with(required(code, "code"),
                required(severity, "severity"));
        return this;
    }

    /** The severities of every lint check at once. */
    public MigrationsConfiguration lintSettings(LintSettings settings) {
        this.lintSettings = required(settings, "lintSettings");
        return this;
    }

    /** {@link #lint(LintScope)} of every file. */
    public LintReport lint() {
        return lint(LintScope.all());
    }

    /**
     * Reads the directory (its {@code atlas.sum} is not needed) and lints the files in {@code scope}. Without a
     * data source or URL no database is contacted; with one, the size of each table a finding touches is read in a
     * read-only transaction.
     */
    public LintReport lint(LintScope scope) {
        LoadedDirectory plan = MigrationLoader.loadWithoutSum(DirectoryLocation.parse(directory, classLoader),
                directoryFormat);
        LintReport report = MigrationLinter.lint(plan.migrations(), scope, lintSettings);
        if (dataSource == null && url == null) {
            return report;
        }
        String target = schema != null ? schema
                : Optional.ofNullable(url).flatMap(DatabaseUrl::searchPathSchema).orElse("public");
        return TableSizes.add(dataSource != null ? dataSource : new UrlDataSource(url), target, report);
    }

    /** Resolves the settings and reads and verifies the directory (no database contact). */
    public Migrations load() {
        DataSource ds = dataSource;
        if (ds == null) {
            if (url == null) {
                throw new MigrationsException(ErrorKind.INVALID_CONFIGURATION, "no database configured: call dataSource(...) or url(...)");
            }
            ds = new UrlDataSource(url);
        }
        String target = schema != null ? schema
                : Optional.ofNullable(url).flatMap(DatabaseUrl::searchPathSchema).orElse("public");
        MigrationSettings settings = new MigrationSettings(ds, directory, directoryFormat, classLoader, target,
                createSchema, revisionsSchema != null ? revisionsSchema : target, revisionsTable, journalTable,
                transactionMode, execOrder, Optional.ofNullable(baselineVersion), allowDirty, strict, lockTimeout,
                Optional.ofNullable(statementTimeout), Optional.ofNullable(statementLockTimeout), allowPooler, listener,
                Optional.ofNullable(historyTable));
        return new Migrations(settings, Optional.ofNullable(url), new LintOptions(lintPolicy, lintSettings));
    }

    private static <T> T required(T value, String what) {
        if (value == null) {
            throw new MigrationsException(ErrorKind.INVALID_CONFIGURATION, what + " must not be null");
        }
        return value;
    }

    private static Duration requirePositive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new MigrationsException(ErrorKind.INVALID_CONFIGURATION, what + " must be positive");
        }
        return d;
    }

    private static String requireName(String value, String what) {
        if (value == null || value.isEmpty()) {
            throw new MigrationsException(ErrorKind.INVALID_CONFIGURATION, what + " must not be empty");
        }
        return value;
    }
}
