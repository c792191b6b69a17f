package dev.migrations.core.run;

import dev.migrations.core.ExecOrder;
import dev.migrations.core.MigrationSettings;
import dev.migrations.core.TransactionMode;
import dev.migrations.core.check.History;
import dev.migrations.core.check.HistoryConflictException;
import dev.migrations.core.check.HistoryConflictException.Kind;
import dev.migrations.core.check.PlanState;
import dev.migrations.core.check.SchemaInspector;
import dev.migrations.core.connect.DatabaseUrl;
import dev.migrations.core.connect.TableName;
import dev.migrations.core.engine.FlywayEngine;
import dev.migrations.core.engine.PreparedFile;
import dev.migrations.core.engine.StatementHashes;
import dev.migrations.core.lock.MigrationLock;
import dev.migrations.core.result.AppliedFile;
import dev.migrations.core.result.DryRunResult;
import dev.migrations.core.result.PlannedFile;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.core.result.Takeover;
import dev.migrations.core.revision.Revision;
import dev.migrations.core.takeover.TakeoverException;
import dev.migrations.core.takeover.TakeoverPlan;
import dev.migrations.sql.MigrationsException;
import dev.migrations.sql.analysis.SqlStatement;
import dev.migrations.sql.plan.Migration;
import dev.migrations.sql.plan.MigrationKind;
import dev.migrations.sql.version.Version;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.util.PSQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code migrate()} run: lock, read the history, check everything, split the pending files, and only then
 * write: tables, baseline, journal repairs, and the files themselves through Flyway.
 */
public final class MigrateOperation {

    private static final Logger LOG = LoggerFactory.getLogger("dev.migrations");
    private static final int DIRTY_LIST_LIMIT = 10;

    private final Target target;
    private final MigrationSettings settings;
    private final Consumer<List<Migration>> beforeWrite;

    public MigrateOperation(Target target) {
        this(target, pending -> { });
    }

    /**
     * @param beforeWrite told the files about to be applied, after planning and before anything is written; it may
     *                    throw to stop the run
     */
    public MigrateOperation(Target target, Consumer<List<Migration>> beforeWrite) {
        this.target = target;
        this.settings = target.settings();
        this.beforeWrite = beforeWrite;
    }

    /** Runs the migration and returns what was applied. */
    @SuppressWarnings("try")
    public MigrateResult run() {
        long started = System.nanoTime();
        try (MigrationLock lock = target.lock()) {
            return runLocked(lock, started);
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    /** Computes what {@link #run()} would do without writing anything or taking the lock. */
    public DryRunResult dryRun() {
        try (Connection c = target.dataSource().getConnection()) {
            Plan plan = plan(c);
            List<PlannedFile> files = new ArrayList<>();
            for (PreparedFile p : plan.prepared()) {
                Migration m = p.migration();
                files.add(new PlannedFile(m.revisionKey(), m.description(), m.path(), p.transactional(), p.resumeAt(),
                        p.statements().stream().map(SqlStatement::sql).toList()));
            }
            return new DryRunResult(settings.schema(), plan.from(), plan.baseline().map(Migration::versionText),
                    files, plan.skipped(), plan.warnings(), target.migrations().size(),
                    plan.takeover().map(TakeoverPlan::result));
        } catch (SQLException e) {
            throw new DatabaseException(e);
        }
    }

    /** The run under the lock; the lock's session plans and writes the tables. */
    private MigrateResult runLocked(MigrationLock lock, long started) throws SQLException {
        Connection c = lock.connection();
        List<Migration> all = target.migrations();
        Plan plan = plan(c);
        beforeWrite.accept(plan.prepared().stream().map(PreparedFile::migration).toList());
        Target.Created created = new Target.Created(List.of(), false, false);
        if (!plan.prepared().isEmpty() || plan.baseline().isPresent() || plan.needsRepair()
                || plan.takeover().isPresent()) {
            created = write(c, plan);
        }
        Optional<Takeover> takeover = plan.takeover().map(TakeoverPlan::result);
        takeover.ifPresent(t -> {
            LOG.info("took over {}'s history {} in schema {}: {} file(s) recorded as applied{}, now at version {}; "
                    + "that table was left as it was", t.tool().displayName(), t.table(), settings.schema(),
                    t.files().size(), t.repeatables().isEmpty() ? "" : " (" + t.repeatables().size()
                    + " of them repeatable)", t.version());
            List<TakeoverPlan.Changed> changed = plan.takeover().get().changedRepeatables();
            if (!changed.isEmpty()) {
                LOG.info("{} repeatable file(s) changed since {} applied them, so they run again: {}", changed.size(),
                        t.tool().displayName(), changed.stream().map(ch -> ch.file().path() + " (" + ch.how() + ")")
                        .collect(Collectors.joining(", ")));
            }
            settings.listener().takenOver(t);
        });
        if (plan.prepared().isEmpty()) {
            if (!plan.warnings().isEmpty() || plan.baseline().isPresent() || takeover.isPresent()) {
                LOG.info("nothing to apply in schema {}: at version {}", settings.schema(),
                        plan.from().orElse("(none)"));
            } else {
                LOG.info("schema {} is up to date at version {} ({} files)", settings.schema(),
                        plan.from().orElse("(none)"), all.size());
            }
            return new MigrateResult(settings.schema(), plan.from(), plan.from(), List.of(), plan.skipped(),
                    plan.warnings(), all.size(), Duration.ofNanos(System.nanoTime() - started),
                    plan.baseline().map(Migration::versionText), takeover);
        }
        String toVersion = plan.prepared().stream().map(PreparedFile::migration)
                .filter(m -> m.kind() != MigrationKind.REPEATABLE).reduce((first, second) -> second)
                .map(Migration::versionText).or(plan::from).orElse("");
        LOG.info("migrating schema {} to version {} from {} ({} files pending of {})", settings.schema(),
                toVersion.isEmpty() ? "(none)" : toVersion, plan.from().orElse("(none)"), plan.prepared().size(),
                all.size());
        settings.listener().runStarting(plan.prepared().size(), all.size(), plan.from(), toVersion);
        List<AppliedFile> applied;
        try {
            applied = execute(plan, lock);
        } catch (MigrationsException e) {
            target.dropIfNothingRecorded(created);
            throw e;
        }
        Optional<String> to = plan.from();
        Optional<String> lastVersion = applied.stream().filter(a -> !a.repeatable()).reduce((first, second) -> second)
                .map(AppliedFile::version);
        if (lastVersion.isPresent()) {
            to = plan.from().isPresent() && !plan.outOfOrderApplied()
                    ? Optional.of(maxVersion(plan.from().get(), lastVersion.get())) : lastVersion;
        }
        Duration total = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("applied {} files to schema {} in {} ms, now at version {}", applied.size(), settings.schema(),
                total.toMillis(), to.orElse("(none)"));
        return new MigrateResult(settings.schema(), plan.from(), to, applied, plan.skipped(), plan.warnings(),
                all.size(), total, plan.baseline().map(Migration::versionText), takeover);
    }

    /** What this run will do, decided before any write. */
    private record Plan(Optional<String> from, History history, Optional<Migration> baseline,
            List<PreparedFile> prepared, List<String> skipped, List<String> warnings, boolean needsRepair,
            boolean outOfOrderApplied, Optional<TakeoverPlan> takeover) {
    }

    private Plan plan(Connection c) throws SQLException {
        History history = History.read(c, target.revisions(), target.journal());
        target.unknownRevisionType(history).ifPresent(msg -> {
            throw new HistoryConflictException(Kind.DAMAGED_HISTORY, msg + " Nothing was changed.");
        });
        Optional<TakeoverPlan> foreign = target.takeover(c, history);
        Optional<TakeoverPlan> takeover = foreign.filter(t -> !t.isEmpty());
        Optional<Migration> baseline = Optional.empty();
        if (takeover.isPresent()) {
            if (settings.baselineVersion().isPresent()) {
                requireAgreement(takeover.get(), settings.baselineVersion().get());
            }
        } else if (history.isEmpty()) {
            if (settings.baselineVersion().isPresent()) {
                baseline = Optional.of(Baselines.require(target, settings.baselineVersion().get()));
            } else if (!settings.allowDirty()) {
                refuseDirty(c, foreign.map(TakeoverPlan::table));
            }
        } else if (settings.baselineVersion().isPresent()) {
            LOG.info("baseline {} not used: schema {} already has revisions", settings.baselineVersion().get(),
                    settings.schema());
        }
        if (!settings.createSchema() && !SchemaInspector.exists(c, settings.schema())) {
            throw new MigrationsException("schema \"" + settings.schema() + "\" does not exist and creating schemas "
                    + "is turned off: create it first, or turn schema creation on");
        }
        History effective = takeover.isPresent() ? takeover.get().applyTo(history)
                : baseline.isPresent() ? withRevision(history, Baselines.row(baseline.get())) : history;
        PlanState state = PlanState.of(target.migrations(), effective);
        refuseEdited(state);
        List<String> warnings = new ArrayList<>();
        checkAhead(state, warnings);
        List<Migration> pending = new ArrayList<>(state.pending());
        List<String> skipped = new ArrayList<>();
        if (!state.outOfOrder().isEmpty()) {
            switch (settings.execOrder()) {
                case LINEAR -> throw outOfOrder(state);
                case LINEAR_SKIP -> {
                    pending.removeAll(state.outOfOrder());
                    state.outOfOrder().forEach(m -> skipped.add(m.path()));
                    String msg = "skipped " + skipped.size() + " file(s) older than the applied version "
                            + state.current().orElse("") + " (exec order linear-skip): " + String.join(", ", skipped);
                    warnings.add(msg);
                    LOG.warn(msg);
                }
                case NON_LINEAR -> LOG.info("applying {} file(s) older than version {} (exec order non-linear)",
                        state.outOfOrder().size(), state.current().orElse(""));
                default -> throw new IllegalStateException();
            }
        }
        Map<String, Integer> applied = new HashMap<>();
        history.revisions().forEach((key, r) -> {
            if (r.isPartial()) {
                applied.put(key, (int) r.applied());
            }
        });
        List<PreparedFile> prepared = checkChangedPartialFiles(Preparation.prepare(pending,
                settings.transactionMode(), target.dirArguments(), applied), history);
        boolean repair = !state.mismatches().isEmpty() || history.journal().stream().anyMatch(r -> !r.success());
        return new Plan(state.current(), history, baseline, prepared, skipped, warnings, repair,
                settings.execOrder() == ExecOrder.NON_LINEAR && !state.outOfOrder().isEmpty(), takeover);
    }

    private Target.Created write(Connection c, Plan plan) throws SQLException {
        c.setAutoCommit(false);
        try {
            Target.Created created = target.createTables(c);
            for (String note : Reconciler.reconcile(c, target, plan.history())) {
                LOG.warn("{}", note);
            }
            if (plan.takeover().isPresent()) {
                plan.takeover().get().write(c, target.revisions(), target.journal());
            }
            if (plan.baseline().isPresent()) {
                Migration b = plan.baseline().get();
                Baselines.write(c, target, b);
                LOG.info("baseline: schema {} adopted at version {} ({}); files up to it are not run",
                        settings.schema(), b.versionText(), b.path());
            }
            c.commit();
            return created;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private List<AppliedFile> execute(Plan plan, MigrationLock lock) {
        Map<String, PreparedFile> byVersion = new LinkedHashMap<>();
        plan.prepared().forEach(p -> byVersion.put(p.migration().revisionKey(), p));
        RunRecorder recorder = new RunRecorder(byVersion.size(), settings.listener(), lock,
                "migrations migrate status " + target.dirArguments());
        var flyway = FlywayEngine.create(new FlywayEngine.Run(target.dataSource(), settings.schema(),
                settings.journalTable(), settings.directory(), target.migrations(), byVersion, target.revisions(),
                OperatorVersion.VALUE, recorder, settings.execOrder() == ExecOrder.NON_LINEAR,
                settings.transactionMode() == TransactionMode.ALL, sessionSettings()));
        try {
            flyway.migrate();
        } catch (FlywayException e) {
            forgetFailedJournalRows();
            Optional<RunRecorder.Failure> failure = recorder.failure();
            if (failure.isPresent()) {
                throw failed(failure.get(), recorder.appliedFiles());
            }
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof MigrationsException known) {
                    throw known;
                }
            }
            throw new MigrationsException("the migration engine failed: "
                    + DatabaseUrl.redact(String.valueOf(e.getMessage())), e);
        }
        List<AppliedFile> applied = recorder.appliedFiles();
        if (applied.size() != byVersion.size()) {
            throw new MigrationsException("the engine applied " + applied.size() + " of " + byVersion.size()
                    + " pending files; run 'migrations migrate status " + target.dirArguments() + "' to see which");
        }
        return applied;
    }

    /**
     * Flyway marks the failed file in its journal; the revisions table already says what a partial no-transaction
     * file needs to resume, and a transactional file left nothing behind, so the marker goes.
     */
    private void forgetFailedJournalRows() {
        try (Connection c = target.dataSource().getConnection()) {
            target.journal().deleteFailed(c);
        } catch (SQLException e) {
            LOG.warn("could not remove the failed journal row ({}); the next run removes it", e.getMessage());
        }
    }

    private MigrationFailedException failed(RunRecorder.Failure f, List<AppliedFile> appliedBefore) {
        Migration m = f.file().migration();
        SqlStatement statement = f.file().statements().get(f.index());
        int n = f.file().statements().size();
        StringBuilder msg = new StringBuilder()
                .append(m.label()).append(" failed at statement ")
                .append(f.index() + 1).append(" of ").append(n).append(", line ").append(statement.line())
                .append(": ").append(sqlError(f.cause())).append("\n    ").append(abbreviate(statement.sql()))
                .append(timeoutHint(f.cause())).append('\n');
        boolean all = settings.transactionMode() == TransactionMode.ALL;
        if (all) {
            msg.append("The run used one transaction for all files: it was rolled back and nothing was applied.");
        } else if (f.file().transactional()) {
            msg.append("The file was rolled back: none of its statements were applied");
            msg.append(appliedBefore.isEmpty() ? "." : "; the " + appliedBefore.size()
                    + " file(s) before it in this run stay applied.");
        } else {
            msg.append("This file runs without a transaction: ")
                    .append(f.index() == 0 ? "no statement of it was applied"
                            : f.index() == 1 ? "statement 1 was applied and recorded"
                            : "statements 1-" + f.index() + " were applied and recorded")
                    .append("; the next run resumes at statement ").append(f.index() + 1).append('.');
        }
        msg.append(" Fix the file, run 'migrations migrate hash ").append(target.dirArguments())
                .append("', then apply again.");
        return new MigrationFailedException(msg.toString(), m.path(), m.revisionKey(), f.index() + 1,
                statement.line(), f.cause());
    }

    /** The statement and lock timeouts, set on the engine's connections. */
    private Map<String, String> sessionSettings() {
        Map<String, String> parameters = new LinkedHashMap<>();
        settings.statementTimeout().ifPresent(t -> parameters.put("statement_timeout", Long.toString(t.toMillis())));
        settings.statementLockTimeout().ifPresent(t -> parameters.put("lock_timeout", Long.toString(t.toMillis())));
        return parameters;
    }

    private String timeoutHint(Exception e) {
        if (!(e instanceof SQLException se)) {
            return "";
        }
        if ("55P03".equals(se.getSQLState()) && settings.statementLockTimeout().isPresent()) {
            return "\nThe statement waited longer than the statement lock timeout ("
                    + settings.statementLockTimeout().get().toMillis() + " ms) for a lock held by other sessions; "
                    + "retry when traffic is lower, or raise the statement lock timeout.";
        }
        if ("57014".equals(se.getSQLState()) && settings.statementTimeout().isPresent()) {
            return "\nThe statement ran longer than the statement timeout ("
                    + settings.statementTimeout().get().toMillis() + " ms); raise it for this run if the work is "
                    + "expected to take that long.";
        }
        return "";
    }

    private static String sqlError(Exception e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            var s = p.getServerErrorMessage();
            String text = s.getSeverity() + ": " + s.getMessage() + " (SQLSTATE " + s.getSQLState() + ")";
            if (s.getDetail() != null) {
                text += "; " + s.getDetail();
            }
            return DatabaseUrl.redact(text);
        }
        String text = String.valueOf(e.getMessage());
        if (e instanceof SQLException se && se.getSQLState() != null) {
            text += " (SQLSTATE " + se.getSQLState() + ")";
        }
        return DatabaseUrl.redact(text);
    }

    private static String abbreviate(String sql) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 197) + "...";
    }

    /**
     * A file that stopped part-way may only resume if the statements it already applied are unchanged. A repeatable
     * file whose applied statements changed starts again from its first statement instead, as it would after any
     * change of a fully applied one.
     */
    private static List<PreparedFile> checkChangedPartialFiles(List<PreparedFile> prepared, History history) {
        List<PreparedFile> checked = new ArrayList<>(prepared.size());
        for (PreparedFile p : prepared) {
            Revision r = history.revisions().get(p.migration().revisionKey());
            Optional<String> changed = r == null || !r.isPartial() || r.applied() == 0 ? Optional.empty()
                    : StatementHashes.changedSinceStop(p.migration().path(), r.version(), p.statements(),
                            (int) r.applied(), r.total(), r.partialHashes() == null ? List.of() : r.partialHashes());
            if (changed.isEmpty()) {
                checked.add(p);
            } else if (p.migration().kind() == MigrationKind.REPEATABLE) {
                LOG.info("{} stopped after statement {} in an earlier run and has changed since; it runs again from"
                        + " its first statement", p.migration().label(), r.applied());
                checked.add(new PreparedFile(p.migration(), p.statements(), p.transactional(), 0));
            } else {
                throw new HistoryConflictException(Kind.PARTIAL_FILE, changed.get() + ". Nothing was changed.");
            }
        }
        return checked;
    }

    /**
     * An explicit baseline beside another tool's history must name the version that history is at: the history
     * decides what is applied, and a baseline elsewhere would either re-run applied files or skip pending ones.
     */
    private void requireAgreement(TakeoverPlan takeover, String baselineVersion) {
        Migration b = Baselines.require(target, baselineVersion);
        Optional<Version> at = takeover.version().flatMap(Version::tryParse);
        Takeover t = takeover.result();
        if (at.isPresent() && at.get().equals(b.version())) {
            LOG.info("baseline {} is the version {}'s history {} is at: its history is taken over instead",
                    baselineVersion, t.tool().displayName(), t.table());
            return;
        }
        throw new TakeoverException(TakeoverException.Kind.BASELINE_DISAGREES, t.tool(), List.of(t.table()),
                List.of(baselineVersion, t.version()), "the baseline version " + baselineVersion + " disagrees "
                + "with " + t.tool().displayName() + "'s history " + t.table() + ", which is at version "
                + t.version() + " (" + t.versions() + " file(s) applied). On a database another tool migrated, "
                + "its history says which files are applied: leave out the baseline to take that history over, or "
                + "give the baseline " + t.version() + ". If that history is stale and the database really is at "
                + baselineVersion + ", adopt it with baseline(\"" + baselineVersion + "\") in the API first. "
                + "Nothing was changed.");
    }

    private void refuseDirty(Connection c, Optional<TableName> foreignTable) throws SQLException {
        Set<String> ignored = new HashSet<>(target.ownTables());
        foreignTable.filter(t -> t.schema().equals(settings.schema())).ifPresent(t -> ignored.add(t.table()));
        List<String> objects = SchemaInspector.objects(c, settings.schema(), ignored, DIRTY_LIST_LIMIT + 1);
        if (objects.isEmpty()) {
            return;
        }
        String listed = objects.stream().limit(DIRTY_LIST_LIMIT).collect(Collectors.joining(", "))
                + (objects.size() > DIRTY_LIST_LIMIT ? ", ..." : "");
        throw new HistoryConflictException(Kind.DIRTY_DATABASE, "schema \"" + settings.schema() + "\" is not "
                + "empty but has no revisions: found " + listed + ". If it already has the schema of some version V, "
                + "adopt it with 'migrations migrate apply " + target.dirArguments() + " --baseline V' (or "
                + "baseline(V) in the API); to apply every file on top of what is there, pass --allow-dirty. "
                + "Nothing was changed.");
    }

    private void refuseEdited(PlanState state) {
        if (state.edited().isEmpty()) {
            return;
        }
        StringBuilder msg = new StringBuilder("applied migration file(s) changed since they were applied:");
        for (PlanState.EditedFile e : state.edited()) {
            msg.append("\n  ").append(e.migration().path()).append(" (version ").append(e.migration().versionText())
                    .append(", applied ").append(e.appliedAt()).append(")");
        }
        msg.append("\nThe database ran the old content. Either revert the edit, or, if the database already matches "
                + "the new content, record the new hashes with 'migrations migrate rehash ").append(target.dirArguments())
                .append(" --url <url>'. Nothing was changed.");
        throw new HistoryConflictException(Kind.EDITED_APPLIED_FILE, msg.toString());
    }

    private HistoryConflictException outOfOrder(PlanState state) {
        String files = state.outOfOrder().stream().map(m -> m.path() + " (version " + m.versionText() + ")")
                .collect(Collectors.joining(", "));
        return new HistoryConflictException(Kind.OUT_OF_ORDER, "file(s) older than the applied version "
                + state.current().orElse("") + " are not applied: " + files + ". Give them a version above "
                + state.current().orElse("") + " (rename, then 'migrations migrate hash " + target.dirArguments()
                + "'), or choose --exec-order non-linear to apply them anyway or --exec-order linear-skip to skip "
                + "them. Nothing was changed.");
    }

    private void checkAhead(PlanState state, List<String> warnings) {
        if (!state.databaseAhead()) {
            return;
        }
        String versions = state.ahead().stream().map(Revision::version).collect(Collectors.joining(", "));
        String msg = "the database has applied version(s) the directory does not have: " + versions
                + " (an older release of the application, or a removed file)";
        if (settings.strict()) {
            throw new HistoryConflictException(Kind.DATABASE_AHEAD, msg + ". Deploy the release that has these files, "
                    + "or turn strict mode off to continue. Nothing was changed.");
        }
        warnings.add(msg);
        LOG.warn("{}; continuing", msg);
    }

    private static History withRevision(History history, Revision extra) {
        Map<String, Revision> revisions = new HashMap<>(history.revisions());
        revisions.put(extra.version(), extra);
        return new History(revisions, history.journal());
    }

    private static String maxVersion(String a, String b) {
        try {
            return dev.migrations.sql.version.Version.parse(a).compareTo(dev.migrations.sql.version.Version.parse(b))
                    >= 0 ? a : b;
        } catch (IllegalArgumentException e) {
            return b;
        }
    }
}
