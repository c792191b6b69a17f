package dev.migrations.cli;

import dev.migrations.core.internal.report.DryRunReport;
import dev.migrations.core.internal.report.TakeoverReport;
import dev.migrations.cli.output.Json;
import dev.migrations.core.ExecOrder;
import dev.migrations.core.MigrationListener;
import dev.migrations.core.Migrations;
import dev.migrations.core.TransactionMode;
import dev.migrations.core.LintPolicy;
import dev.migrations.sql.lint.LintSettings;
import dev.migrations.core.result.AppliedFile;
import dev.migrations.core.result.DryRunResult;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.core.result.PlannedFile;
import dev.migrations.core.result.Takeover;
import dev.migrations.error.MigrationsException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code migrations migrate apply}: applies pending files, like {@code atlas migrate apply}. */
@Command(name = "apply", description = {"Apply the pending migration files to the database.",
        "The directory's atlas.sum is verified before connecting; the run holds a lock so concurrent runs wait."})
public final class ApplyCommand implements Callable<Integer> {

    @Mixin
    private DirectoryOptions directory;

    @Mixin
    private DatabaseOptions database;

    @Option(names = "--baseline", paramLabel = "<version>",
            description = "Adopt a database that has a schema but no revisions: files up to this version count as "
                    + "applied and are not run.")
    private String baseline;

    @Option(names = "--allow-dirty", description = "Apply even though the schema has objects but no revisions.")
    private boolean allowDirty;

    @Option(names = "--tx-mode", paramLabel = "<mode>", defaultValue = "file", converter = TxModeConverter.class,
            description = "file (each file in its transaction), all (one transaction), none (default: ${DEFAULT-VALUE}).")
    private TransactionMode txMode;

    @Option(names = "--exec-order", paramLabel = "<order>", defaultValue = "linear",
            converter = ExecOrderConverter.class,
            description = "Files older than the latest applied one: linear (refuse), linear-skip (skip), non-linear "
                    + "(apply) (default: ${DEFAULT-VALUE}).")
    private ExecOrder execOrder;

    @Option(names = "--strict", description = "Fail when the database has applied versions the directory lacks.")
    private boolean strict;

    @Option(names = "--statement-timeout", paramLabel = "<duration>",
            converter = DatabaseOptions.DurationConverter.class,
            description = "PostgreSQL statement_timeout for migration statements, e.g. 10m.")
    private Duration statementTimeout;

    @Option(names = "--statement-lock-timeout", paramLabel = "<duration>",
            converter = DatabaseOptions.DurationConverter.class,
            description = "PostgreSQL lock_timeout for migration statements, e.g. 5s: a statement waiting longer "
                    + "for a table lock fails instead of blocking traffic.")
    private Duration statementLockTimeout;

    @Option(names = "--lint", description = "Lint the pending files first and apply nothing while one has an"
            + " error that no '-- atlas:nolint' comment accepts.")
    private boolean lint;

    @Option(names = "--lint-severity", paramLabel = "<CODE=level>", split = ",",
            description = "With --lint: override a check's severity (error, warning or off), e.g. PG101=error.")
    private List<String> lintSeverities = new ArrayList<>();

    @Option(names = "--dry-run", description = "Print the SQL that would run, file by file; change nothing.")
    private boolean dryRun;

    @Mixin
    private HistoryTableOption historyTable;

    @Mixin
    private FormatOption format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        TextProgress progress = new TextProgress(out, !format.json() && !dryRun);
        Migrations migrations = RunnerFactory.load(directory, database, config -> {
            config.transactionMode(txMode).execOrder(execOrder)
                    .allowDirty(allowDirty).strict(strict).listener(progress);
            historyTable.applyTo(config);
            if (baseline != null) {
                config.baselineVersion(baseline);
            }
            if (statementTimeout != null) {
                config.statementTimeout(statementTimeout);
            }
            if (statementLockTimeout != null) {
                config.statementLockTimeout(statementLockTimeout);
            }
            if (lint) {
                LintSettings settings = LintSettings.DEFAULTS;
                for (String assignment : lintSeverities) {
                    try {
                        settings = settings.with(assignment);
                    } catch (IllegalArgumentException e) {
                        throw new ParameterException(spec.commandLine(), "--lint-severity " + e.getMessage());
                    }
                }
                config.lintPolicy(LintPolicy.REFUSE).lintSettings(settings);
            }
        });
        if (dryRun) {
            return printDryRun(out, migrations.dryRun());
        }
        MigrateResult result;
        try {
            result = migrations.migrate();
        } catch (MigrationsException e) {
            if (format.json()) {
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("status", "FAILED");
                json.put("applied", progress.applied().size());
                json.put("files", files(progress.applied()));
                json.put("error", e.getMessage());
                out.println(Json.write(json));
                return MigrationsCommand.FAILURE;
            }
            throw e;
        }
        return format.json() ? printJson(out, migrations, result) : printText(out, result);
    }

    private int printText(PrintWriter out, MigrateResult result) {
        result.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
        result.repairs().forEach(r -> out.println("  -- repaired: " + r));
        if (result.nothingApplied()) {
            out.println("No migration files to execute (schema " + result.schema() + " at version "
                    + result.toVersion().orElse("(none)") + ")");
            return 0;
        }
        long statements = result.applied().stream().mapToLong(AppliedFile::statements).sum();
        out.println("  -------------------------");
        out.println("  -- " + result.duration().toMillis() + "ms");
        out.println("  -- " + result.applied().size() + " migration" + (result.applied().size() == 1 ? "" : "s"));
        out.println("  -- " + statements + " sql statement" + (statements == 1 ? "" : "s"));
        return 0;
    }

    private int printJson(PrintWriter out, Migrations migrations, MigrateResult result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", result.nothingApplied() ? "OK" : "APPLIED");
        json.put("current", result.toVersion().orElse(null));
        json.put("next", null);
        json.put("applied", result.applied().size());
        json.put("pending", result.skipped());
        json.put("total", result.totalFiles());
        json.put("from", result.fromVersion().orElse(null));
        json.put("duration_ms", result.duration().toMillis());
        json.put("files", files(result.applied()));
        json.put("warnings", result.warnings());
        json.put("repairs", result.repairs());
        result.takeover().ifPresent(t -> json.put("takeover", TakeoverReport.of(t)));
        out.println(Json.write(json));
        return 0;
    }

    private int printDryRun(PrintWriter out, DryRunResult plan) {
        if (format.json()) {
            out.println(Json.write(DryRunReport.of(plan)));
            return 0;
        }
        out.println("-- dry run: nothing is written to the database");
        plan.baselineVersion().ifPresent(v -> out.println("-- would adopt the database at baseline version " + v));
        plan.takeover().ifPresent(t -> {
            out.println("-- " + HistoryTableOption.describe(t, false) + ":");
            t.files().forEach(f -> out.println("--   " + f));
        });
        if (plan.files().isEmpty()) {
            out.println("-- no migration files to execute (at version " + plan.fromVersion().orElse("(none)") + ")");
            return 0;
        }
        String to = plan.files().stream().filter(f -> !f.repeatable()).reduce((first, second) -> second)
                .map(PlannedFile::version).or(plan::fromVersion).orElse("(none)");
        out.println("-- " + plan.files().size() + " file(s) would be applied, from version "
                + plan.fromVersion().orElse("(none)") + " to " + to);
        for (PlannedFile f : plan.files()) {
            out.println();
            out.println("-- " + f.file() + (f.repeatable() ? " (repeatable)" : " (version " + f.version() + ")")
                    + (f.transactional() ? "" : " -- no transaction")
                    + (f.resumeAt() > 0 ? " -- resumes at statement " + (f.resumeAt() + 1) : ""));
            for (String statement : f.statements().subList(f.resumeAt(), f.statements().size())) {
                out.println(statement + ";");
            }
        }
        return 0;
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

    /** Parses {@code --tx-mode}; a bad value is a usage error. */
    static final class TxModeConverter implements ITypeConverter<TransactionMode> {

        @Override
        public TransactionMode convert(String value) {
            try {
                return TransactionMode.parse(value);
            } catch (IllegalArgumentException | MigrationsException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Parses {@code --exec-order}; a bad value is a usage error. */
    static final class ExecOrderConverter implements ITypeConverter<ExecOrder> {

        @Override
        public ExecOrder convert(String value) {
            try {
                return ExecOrder.parse(value);
            } catch (IllegalArgumentException | MigrationsException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    /** Prints Atlas-style lines as files are applied, and keeps them for the JSON output. */
    private static final class TextProgress implements MigrationListener {

        private final PrintWriter out;
        private final boolean print;
        private final long started = System.nanoTime();
        private final List<AppliedFile> applied = new ArrayList<>();

        TextProgress(PrintWriter out, boolean print) {
            this.out = out;
            this.print = print;
        }

        @Override
        public void takenOver(Takeover takeover) {
            if (print) {
                out.println(HistoryTableOption.describe(takeover, true));
                out.println();
                out.flush();
            }
        }

        @Override
        public void runStarting(int pending, int totalFiles, Optional<String> fromVersion, String toVersion) {
            if (print) {
                out.println("Migrating to version " + (toVersion.isEmpty() ? "(none)" : toVersion)
                        + fromVersion.map(v -> " from " + v).orElse("")
                        + " (" + pending + " migration" + (pending == 1 ? "" : "s") + " in total):");
                out.println();
                out.flush();
            }
        }

        @Override
        public void fileApplied(AppliedFile file, int number, int pending) {
            applied.add(file);
            if (print) {
                out.println(file.repeatable() ? "  -- migrating repeatable " + file.description() + " (" + file.file()
                        + ")" : "  -- migrating version " + file.version() + " (" + file.file() + ")");
                out.println("  -- ok (" + file.duration().toMillis() + "ms, " + file.statements() + " statement"
                        + (file.statements() == 1 ? "" : "s") + (file.resumedAt() > 0
                        ? ", resumed at statement " + (file.resumedAt() + 1) : "") + ") [" + number + "/" + pending
                        + ", " + Duration.ofNanos(System.nanoTime() - started).toSeconds() + "s]");
                out.println();
                out.flush();
            }
        }

        List<AppliedFile> applied() {
            return List.copyOf(applied);
        }
    }
}
