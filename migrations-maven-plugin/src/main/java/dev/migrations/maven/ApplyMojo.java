package dev.migrations.maven;

import dev.migrations.core.internal.report.DryRunReport;
import dev.migrations.core.internal.report.TakeoverReport;
import dev.migrations.core.ExecOrder;
import dev.migrations.core.MigrationListener;
import dev.migrations.core.Migrations;
import dev.migrations.core.TransactionMode;
import dev.migrations.core.LintPolicy;
import dev.migrations.core.result.AppliedFile;
import dev.migrations.core.result.DryRunResult;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.core.result.PlannedFile;
import dev.migrations.core.result.Takeover;
import dev.migrations.error.MigrationsException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Applies the pending migration files, like {@code atlas migrate apply}. The directory's {@code atlas.sum} is verified
 * before connecting; the run holds an advisory lock, so concurrent runs wait and then find nothing to do. With
 * {@code dryRun} it prints the SQL that would run and writes nothing to the database.
 */
@Mojo(name = "apply", threadSafe = true)
public class ApplyMojo extends AbstractDatabaseMojo {

    /** Print the statements that would run, file by file, and change nothing: no table, no baseline row, no lock. */
    @Parameter(property = "migrations.dryRun", defaultValue = "false")
    protected boolean dryRun;

    /**
     * Adopt a database that has a schema but no revisions at this version: files up to it count as applied and are
     * not run.
     */
    @Parameter(property = "migrations.baseline")
    protected String baseline;

    /** {@code file} (each file in its own transaction), {@code all} (one transaction for the run) or {@code none}. */
    @Parameter(property = "migrations.txMode", defaultValue = "file")
    protected String txMode;

    /**
     * A pending file older than the latest applied one: {@code linear} (refuse), {@code linear-skip} (skip it) or
     * {@code non-linear} (apply it).
     */
    @Parameter(property = "migrations.execOrder", defaultValue = "linear")
    protected String execOrder;

    /** Fail, instead of warning, when the database has applied versions the directory lacks. */
    @Parameter(property = "migrations.strict", defaultValue = "false")
    protected boolean strict;

    /** PostgreSQL {@code statement_timeout} for migration statements, e.g. {@code 10m} (default: none). */
    @Parameter(property = "migrations.statementTimeout")
    protected String statementTimeout;

    /**
     * PostgreSQL {@code lock_timeout} for migration statements, e.g. {@code 5s}: a statement waiting longer for a table
     * lock fails instead of queueing traffic behind it (default: the server's).
     */
    @Parameter(property = "migrations.statementLockTimeout")
    protected String statementLockTimeout;

    /** Apply even though the schema has objects but no revisions. */
    @Parameter(property = "migrations.allowDirty", defaultValue = "false")
    protected boolean allowDirty;

    /**
     * The history table of the tool that migrated this database before (Flyway, goose, golang-migrate, dbmate,
     * Prisma, Atlas), taken over by the first apply: {@code table} or {@code schema.table}. Default: looked for where
     * those tools keep it; needed when it is elsewhere, or when there are several.
     */
    @Parameter(property = "migrations.historyTable")
    protected String historyTable;

    /**
     * What to do with lint findings in the pending files: {@code off} (default), {@code warn} (log them) or
     * {@code refuse} (apply nothing while an unsuppressed error remains).
     */
    @Parameter(property = "migrations.lintPolicy", defaultValue = "off")
    protected String lintPolicy;

    @Inject
    public ApplyMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected String goal() {
        return "apply";
    }

    @Override
    protected void run(Report report) {
        TransactionMode mode = parse("txMode (migrations.txMode)", txMode, "file", TransactionMode::parse);
        ExecOrder order = parse("execOrder (migrations.execOrder)", execOrder, "linear",
                text -> ExecOrder.parse(text.replace('_', '-')));
        Duration statement = positive(Durations.parse(statementTimeout,
                "statementTimeout (migrations.statementTimeout)"), "statementTimeout (migrations.statementTimeout)");
        Duration statementLock = positive(Durations.parse(statementLockTimeout,
                "statementLockTimeout (migrations.statementLockTimeout)"),
                "statementLockTimeout (migrations.statementLockTimeout)");
        Progress progress = new Progress();
        Migrations migrations = load(config -> {
            config.transactionMode(mode).execOrder(order).allowDirty(allowDirty).strict(strict).listener(progress);
            if (notBlank(baseline)) {
                config.baselineVersion(baseline.strip());
            }
            if (notBlank(historyTable)) {
                config.historyTable(historyTable.strip());
            }
            if (statement != null) {
                config.statementTimeout(statement);
            }
            if (statementLock != null) {
                config.statementLockTimeout(statementLock);
            }
            config.lintPolicy(parse("lintPolicy (migrations.lintPolicy)", lintPolicy, "off",
                    text -> LintPolicy.valueOf(text.toUpperCase(java.util.Locale.ROOT))));
        });
        report.put("dry_run", dryRun);
        if (dryRun) {
            dryRun(report, migrations.dryRun());
            return;
        }
        MigrateResult result;
        try {
            result = migrations.migrate();
        } catch (MigrationsException e) {
            report.put("applied", progress.applied.size());
            report.put("files", files(progress.applied));
            throw e;
        }
        report.put("status", result.nothingApplied() ? "OK" : "APPLIED");
        report.put("schema", result.schema());
        report.put("current", result.toVersion().orElse(null));
        report.put("next", null);
        report.put("applied", result.applied().size());
        report.put("pending", result.skipped());
        report.put("total", result.totalFiles());
        report.put("from", result.fromVersion().orElse(null));
        report.put("duration_ms", result.duration().toMillis());
        report.put("files", files(result.applied()));
        report.put("warnings", result.warnings());
        result.baseline().ifPresent(b -> report.put("baseline", b));
        result.takeover().ifPresent(t -> report.put("takeover", TakeoverReport.of(t)));
        // the library has logged each applied file, the outcome and any warning
    }

    private void dryRun(Report report, DryRunResult plan) {
        report.putAll(DryRunReport.of(plan));

        getLog().info("-- dry run: nothing is written to the database");
        plan.baselineVersion().ifPresent(v -> getLog().info("-- would adopt the database at baseline version " + v));
        plan.takeover().ifPresent(t -> {
            getLog().info("-- " + Takeovers.describe(t, false) + ":");
            t.files().forEach(f -> getLog().info("--   " + f));
        });
        if (plan.files().isEmpty()) {
            getLog().info("-- no migration files to execute (at version " + plan.fromVersion().orElse("(none)") + ")");
            return;
        }
        String to = plan.files().stream().filter(f -> !f.repeatable()).reduce((first, second) -> second)
                .map(PlannedFile::version).or(plan::fromVersion).orElse("(none)");
        getLog().info("-- " + plan.files().size() + " file(s) would be applied, from version "
                + plan.fromVersion().orElse("(none)") + " to " + to);
        for (PlannedFile f : plan.files()) {
            getLog().info("");
            getLog().info("-- " + f.file() + (f.repeatable() ? " (repeatable)" : " (version " + f.version() + ")")
                    + (f.transactional() ? "" : " -- no transaction")
                    + (f.resumeAt() > 0 ? " -- resumes at statement " + (f.resumeAt() + 1) : ""));
            for (String statement : f.statements().subList(f.resumeAt(), f.statements().size())) {
                List<String> lines = (statement + ";").lines().toList();
                lines.forEach(line -> getLog().info(line));
            }
        }
    }

    private static List<Map<String, Object>> files(List<AppliedFile> applied) {
        List<Map<String, Object>> files = new ArrayList<>();
        for (AppliedFile a : applied) {
            Map<String, Object> each = new LinkedHashMap<>();
            each.put("version", a.version());
            each.put("description", a.description());
            each.put("file", a.file());
            each.put("duration_ms", a.duration().toMillis());
            each.put("statements", a.statements());
            files.add(each);
        }
        return files;
    }

    private static <T> T parse(String parameter, String value, String fallback,
            java.util.function.Function<String, T> parser) {
        String text = notBlank(value) ? value.strip().toLowerCase(Locale.ROOT) : fallback;
        try {
            return parser.apply(text);
        } catch (IllegalArgumentException | MigrationsException e) {
            throw new IllegalArgumentException(parameter + ": " + e.getMessage(), e);
        }
    }

    private static Duration positive(Duration d, String parameter) {
        if (d != null && d.isZero()) {
            throw new IllegalArgumentException(parameter + ": must be more than 0");
        }
        return d;
    }

    /** Keeps the files applied so far, for the report of a run that fails part-way. */
    private static final class Progress implements MigrationListener {

        private final List<AppliedFile> applied = new ArrayList<>();

        @Override
        public void takenOver(Takeover takeover) {
            // the library logs the takeover
        }

        @Override
        public void fileApplied(AppliedFile file, int number, int pending) {
            applied.add(file);
        }
    }
}
