package dev.migrations.spring.boot;

import dev.migrations.core.ExecOrder;
import dev.migrations.core.TransactionMode;
import dev.migrations.core.LintPolicy;
import dev.migrations.sql.dir.DirectoryFormat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The {@code migrations.*} properties: every option of {@code Migrations.configure()}, what to do at start-up, and
 * the connection to migrate with.
 */
@ConfigurationProperties("migrations")
public class MigrationsProperties {

    /** What the application does with the migrations when it starts. */
    public enum Mode {
        /** Apply every pending file (through the {@link MigrationsStrategy} bean, when there is one). */
        MIGRATE,
        /** Apply nothing; fail the start when a file is pending or the database disagrees with the directory. */
        VALIDATE,
        /** Apply and check nothing at start-up. */
        NONE
    }

    /** Whether the starter is on: when off, nothing is migrated and Spring Boot's Flyway is left as it is. */
    private boolean enabled = true;

    /** What to do at start-up: migrate, validate (fail the start when anything is pending or wrong) or none. */
    private Mode mode = Mode.MIGRATE;

    /**
     * Migration directory: classpath:location (also inside jars), a path, or file://path; may be a root of release
     * folders.
     */
    private String directory = "classpath:db/migrations";

    /** Directory layout: atlas, flyway, golang-migrate, goose, dbmate, prisma, or auto (recognised from the files). */
    private DirectoryFormat directoryFormat = DirectoryFormat.AUTO;

    /** Target schema: files run with it as search_path and the journal lives there. Default: the URL's search_path, else public. */
    private String schema;

    /** Whether to create the target (and revisions) schema when it is missing. */
    private boolean createSchema = true;

    /** Schema of the revisions table. Default: the target schema. */
    private String revisionsSchema;

    /** Name of the revisions table. */
    private String revisionsTable = "atlas_schema_revisions";

    /** Name of the engine journal (Flyway's history table, kept by this library). */
    private String journalTable = "migrations_journal";

    /**
     * The history table of the tool that migrated the database before ("table" or "schema.table"), taken over on the
     * first migration. Default: looked for in the usual places.
     */
    private String historyTable;

    /** Transactions: file (one per file), all (one for the whole run) or none (each statement commits). */
    private TransactionMode transactionMode = TransactionMode.FILE;

    /**
     * A pending file older than the latest applied one: linear refuses it, linear-skip skips it, non-linear applies
     * it.
     */
    private ExecOrder execOrder = ExecOrder.LINEAR;

    /** Adopt a database without revisions at this version on the first migration (files up to it are not run). */
    private String baselineVersion;

    /** Whether to migrate a schema that has objects but no revisions. */
    private boolean allowDirty = false;

    /** Whether to fail (instead of warn) when the database has applied versions the directory lacks. */
    private boolean strict = false;

    /** How long to wait for another instance's migration run. */
    private Duration lockTimeout = Duration.ofMinutes(5);

    /** PostgreSQL statement_timeout for migration statements. Default: none (not the role's or database's). */
    private Duration statementTimeout;

    /**
     * PostgreSQL lock_timeout for migration statements: an ALTER TABLE waiting longer for its lock fails instead of
     * queueing traffic behind it. Default: the server's.
     */
    private Duration statementLockTimeout;

    /** Whether to migrate through a URL that looks like a transaction-mode pooler (right only for session mode). */
    private boolean allowPooler = false;

    /**
     * Lint the pending files before migrating: off, warn (log the findings) or refuse (apply nothing while a lint
     * error that no "-- atlas:nolint" comment accepts remains).
     */
    private LintPolicy lintPolicy = LintPolicy.OFF;

    /** Severities of lint checks, CODE=level with level error, warning or off, e.g. PG101=error. */
    private List<String> lintSeverities = new ArrayList<>();

    /**
     * Database to migrate, when not the application's DataSource: a JDBC URL or a postgres:// URI (its search_path
     * picks the schema).
     */
    private String url;

    /**
     * Login user for the migration connection: with migrations.url, or alone to connect to the application's
     * database as another user.
     */
    private String user;

    /** Password of the migration connection's user. */
    private String password;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Mode getMode() {
        return mode;
    }

    public void setMode(Mode mode) {
        this.mode = mode;
    }

    public String getDirectory() {
        return directory;
    }

    public void setDirectory(String directory) {
        this.directory = directory;
    }

    public DirectoryFormat getDirectoryFormat() {
        return directoryFormat;
    }

    public void setDirectoryFormat(DirectoryFormat directoryFormat) {
        this.directoryFormat = directoryFormat;
    }

    public String getSchema() {
        return schema;
    }

    public void setSchema(String schema) {
        this.schema = schema;
    }

    public boolean isCreateSchema() {
        return createSchema;
    }

    public void setCreateSchema(boolean createSchema) {
        this.createSchema = createSchema;
    }

    public String getRevisionsSchema() {
        return revisionsSchema;
    }

    public void setRevisionsSchema(String revisionsSchema) {
        this.revisionsSchema = revisionsSchema;
    }

    public String getRevisionsTable() {
        return revisionsTable;
    }

    public void setRevisionsTable(String revisionsTable) {
        this.revisionsTable = revisionsTable;
    }

    public String getJournalTable() {
        return journalTable;
    }

    public void setJournalTable(String journalTable) {
        this.journalTable = journalTable;
    }

    public String getHistoryTable() {
        return historyTable;
    }

    public void setHistoryTable(String historyTable) {
        this.historyTable = historyTable;
    }

    public TransactionMode getTransactionMode() {
        return transactionMode;
    }

    public void setTransactionMode(TransactionMode transactionMode) {
        this.transactionMode = transactionMode;
    }

    public ExecOrder getExecOrder() {
        return execOrder;
    }

    public void setExecOrder(ExecOrder execOrder) {
        this.execOrder = execOrder;
    }

    public String getBaselineVersion() {
        return baselineVersion;
    }

    public void setBaselineVersion(String baselineVersion) {
        this.baselineVersion = baselineVersion;
    }

    public boolean isAllowDirty() {
        return allowDirty;
    }

    public void setAllowDirty(boolean allowDirty) {
        this.allowDirty = allowDirty;
    }

    public boolean isStrict() {
        return strict;
    }

    public void setStrict(boolean strict) {
        this.strict = strict;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public Duration getStatementTimeout() {
        return statementTimeout;
    }

    public void setStatementTimeout(Duration statementTimeout) {
        this.statementTimeout = statementTimeout;
    }

    public Duration getStatementLockTimeout() {
        return statementLockTimeout;
    }

    public void setStatementLockTimeout(Duration statementLockTimeout) {
        this.statementLockTimeout = statementLockTimeout;
    }

    public LintPolicy getLintPolicy() {
        return lintPolicy;
    }

    public void setLintPolicy(LintPolicy lintPolicy) {
        this.lintPolicy = lintPolicy;
    }

    public List<String> getLintSeverities() {
        return lintSeverities;
    }

    public void setLintSeverities(List<String> lintSeverities) {
        this.lintSeverities = lintSeverities;
    }

    public boolean isAllowPooler() {
        return allowPooler;
    }

    public void setAllowPooler(boolean allowPooler) {
        this.allowPooler = allowPooler;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
