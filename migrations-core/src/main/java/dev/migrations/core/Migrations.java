package dev.migrations.core;

import dev.migrations.core.LintPolicy;
import dev.migrations.core.LintScope;
import dev.migrations.core.error.LintRefusedException;
import dev.migrations.core.internal.lint.LintOptions;
import dev.migrations.core.internal.lint.MigrationLinter;
import dev.migrations.core.internal.lint.TableSizes;
import dev.migrations.core.result.BaselineResult;
import dev.migrations.core.result.DryRunResult;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.core.result.RehashResult;
import dev.migrations.core.result.SetResult;
import dev.migrations.core.result.StatusResult;
import dev.migrations.core.result.ValidationResult;
import dev.migrations.core.internal.run.AdministrativeOperations;
import dev.migrations.url.DatabaseUrl;
import dev.migrations.core.internal.apply.MigrateOperation;
import dev.migrations.core.internal.run.StatusOperation;
import dev.migrations.core.internal.run.RunContext;
import dev.migrations.sql.dir.DirectoryLocation;
import dev.migrations.sql.lint.LintCode;
import dev.migrations.sql.lint.LintReport;
import dev.migrations.sql.lint.LintSettings;
import dev.migrations.sql.lint.Severity;
import dev.migrations.sql.migration.LoadedDirectory;
import dev.migrations.sql.migration.MigrationLoader;
import java.util.List;
import java.util.Optional;

/**
 * Migrates a PostgreSQL schema from a directory of versioned SQL files.
 *
 * <pre>{@code
 * MigrateResult result = Migrations.configure()
 *         .dataSource(dataSource)
 *         .directory("classpath:db/migrations")
 *         .schema("app")
 *         .load()
 *         .migrate();
 * }</pre>
 *
 * <p>{@link MigrationsConfiguration#load()} reads the directory and verifies its {@code atlas.sum} before any
 * database contact. Every operation that writes takes a PostgreSQL advisory lock for its whole run, so replicas
 * booting together apply each file once while the others wait.
 */
public final class Migrations {

    private final MigrationSettings settings;
    private final RunContext target;
    private final LintOptions lint;

    Migrations(MigrationSettings settings, Optional<DatabaseUrl> url, LintOptions lint) {
        this.settings = settings;
        this.lint = lint;
        LoadedDirectory plan = MigrationLoader.load(DirectoryLocation.parse(settings.directory(),
                settings.classLoader()), settings.directoryFormat());
        this.target = RunContext.of(settings, url, plan);
    }

    /** Starts a configuration. */
    public static MigrationsConfiguration configure() {
        return new MigrationsConfiguration();
    }

    /** The resolved settings. */
    public MigrationSettings settings() {
        return settings;
    }

    /** The loaded, verified directory. */
    public LoadedDirectory loadedDirectory() {
        return target.loadedDirectory();
    }

    /**
     * Applies every pending file; a no-op when the schema is up to date. With a lint policy, the pending files are
     * linted first, and {@link LintPolicy#REFUSE} stops the run before anything is written.
     *
     * @throws LintRefusedException when the lint policy refuses a pending file's errors
     */
    public MigrateResult migrate() {
        if (lint.policy() == LintPolicy.OFF) {
            return new MigrateOperation(target).run();
        }
        return new MigrateOperation(target, pending -> MigrationLinter.checkPending(target.migrations(), pending,
                lint.policy(), bootLintSettings())).run();
    }

    /**
     * Lints the directory's files in {@code scope} with the configured severities, and adds the size of each table
     * a finding names, read from the database in a read-only transaction.
     */
    public LintReport lint(LintScope scope) {
        LintReport report = MigrationLinter.lint(target.migrations(), scope, lint.settings());
        return TableSizes.add(settings.dataSource(), settings.schema(), report);
    }

    /** {@link #lint(LintScope)} of every file. */
    public LintReport lint() {
        return lint(LintScope.all());
    }

    /** A configured statement lock timeout does what MG107 asks of each file. */
    private LintSettings bootLintSettings() {
        return settings.statementLockTimeout().isPresent() ? lint.settings().with(LintCode.MG107, Severity.OFF)
                : lint.settings();
    }

    /**
     * What {@link #migrate()} would apply, with every statement, computed without writing anything: no table is
     * created, no baseline row written, no lock taken.
     */
    public DryRunResult dryRun() {
        return new MigrateOperation(target).dryRun();
    }

    /** Where the database stands against the directory. Takes no lock and writes nothing. */
    public StatusResult status() {
        return new StatusOperation(target).run();
    }

    /** Checks the database's records against the directory (edited applied files, missing files, mismatches). */
    public ValidationResult validate() {
        return new ValidationResult(new StatusOperation(target).problems());
    }

    /** Adopts a database that has a schema but no revisions at {@code version}. */
    public BaselineResult baseline(String version) {
        return new AdministrativeOperations(target).baseline(version);
    }

    /** Marks files up to {@code version} applied and forgets those above it. */
    public SetResult set(String version) {
        return new AdministrativeOperations(target).set(version);
    }

    /** Records the current content of edited applied files as applied (an explicit operator action, logged). */
    public RehashResult rehash() {
        return new AdministrativeOperations(target).rehash();
    }
}
