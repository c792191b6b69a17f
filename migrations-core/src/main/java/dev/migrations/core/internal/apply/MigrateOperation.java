package dev.migrations.core.internal.apply;

import dev.migrations.sql.internal.advice.SumAdvice;
import dev.migrations.error.ErrorKind;
import dev.migrations.core.internal.run.RunContext;
import dev.migrations.core.error.DatabaseException;
import dev.migrations.core.error.MigrationFailedException;
import dev.migrations.core.internal.run.Baselines;
import dev.migrations.core.internal.run.OperatorVersion;
import dev.migrations.core.ExecOrder;
import dev.migrations.core.MigrationSettings;
import dev.migrations.core.TransactionMode;
import dev.migrations.core.error.FailureStage;
import dev.migrations.core.error.FaultKind;
import dev.migrations.core.internal.run.Faults;
import dev.migrations.core.error.HistoryConflictException;
import dev.migrations.core.internal.connect.TableName;
import dev.migrations.core.internal.engine.FlywayEngine;
import dev.migrations.core.internal.engine.PreparedFile;
import dev.migrations.core.internal.engine.StatementHashes;
import dev.migrations.core.internal.history.FileStates;
import dev.migrations.core.internal.history.History;
import dev.migrations.core.internal.history.SchemaInspector;
import dev.migrations.core.internal.index.ConcurrentBuild;
import dev.migrations.core.internal.lock.MigrationLock;
import dev.migrations.core.result.AppliedFile;
import dev.migrations.core.result.DryRunResult;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.core.result.PlannedFile;
import dev.migrations.core.result.Takeover;
import dev.migrations.core.internal.revisions.Revision;
import dev.migrations.core.error.TakeoverException;
import dev.migrations.core.internal.takeover.TakeoverPlan;
import dev.migrations.error.MigrationsException;
import dev.migrations.sql.internal.analysis.SqlStatement;
import dev.migrations.sql.migration.Migration;
import dev.migrations.sql.migration.MigrationKind;
import dev.migrations.sql.version.Version;
import dev.migrations.url.DatabaseUrl;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code migrate()} run: lock, read the history, check everything, split the pending files, and only then
 * write: tables, baseline, journal repairs, and the files themselves through Flyway.
 */
public final class MigrateOperation {

    private static final Logger LOG = LoggerFactory.getLogger("dev.migrations");
    private static final int DIRTY_LIST_LIMIT = 10;

    private final RunContext target;
    private final MigrationSettings settings;
    private final Consumer<List<Migration>> beforeWrite;

    public MigrateOperation(RunContext target) {
        this(target, pending -> { });
    }

    /**
     * @param beforeWrite told the files about to be applied, after planning and before anything is written; it may
     *                    throw to stop the run
     */
    public MigrateOperation(RunContext target, Consumer<List<Migration>> beforeWrite) {
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
            throw Faults.beforeFiles(e);
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
        RunContext.Created created = new RunContext.Created(List.of(), false, false);
        if (!plan.prepared().isEmpty() || plan.baseline().isPresent() || plan.needsRepair()
                || plan.takeover().isPresent()) {
            WritePreflight.check(c, settings, target.revisions(), plan.prepared(), target.dataSource());
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
                    plan.baseline().map(Migration::versionText), takeover, List.of());
        }
        String toVersion = plan.prepared().stream().map(PreparedFile::migration)
                .filter(m -> m.kind() != MigrationKind.REPEATABLE).reduce((first, second) -> second)
                .map(Migration::versionText).or(plan::from).orElse("");
        LOG.info("migrating schema {} to version {} from {} ({} files pending of {})", settings.schema(),
                toVersion.isEmpty() ? "(none)" : toVersion, plan.from().orElse("(none)"), plan.prepared().size(),
                all.size());
        settings.listener().runStarting(plan.prepared().size(), all.size(), plan.from(), toVersion);
        List<AppliedFile> applied;
        List<String> repairs = new ArrayList<>();
        try {
            applied = execute(plan, lock, repairs);
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
                all.size(), total, plan.baseline().map(Migration::versionText), takeover, repairs);
    }

    /** What this run will do, decided before any write. */
    private record Plan(Optional<String> from, History history, Optional<Migration> baseline,
            List<PreparedFile> prepared, List<String> skipped, List<String> warnings, boolean needsRepair,
            boolean outOfOrderApplied, Optional<TakeoverPlan> takeover) {
    }

    private Plan plan(Connection c) throws SQLException {
        History history = History.read(c, target.revisions(), target.journal());
        target.unknownRevisionType(history).ifPresent(msg -> {
            throw new HistoryConflictException(ErrorKind.DAMAGED_HISTORY, settings.schema(), List.of(), List.of(),
                    msg + " Nothing was changed.");
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
            throw new MigrationsException(ErrorKind.SCHEMA_MISSING, "schema \"" + settings.schema() + "\" does not exist and creating schemas "
                    + "is turned off: create it first, or turn schema creation on");
        }
        History effective = takeover.isPresent() ? takeover.get().applyTo(history)
                : baseline.isPresent() ? withRevision(history, Baselines.row(baseline.get())) : history;
        FileStates state = FileStates.of(target.migrations(), effective);
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
                settings.transactionMode(), applied), history);
        boolean repair = !state.mismatches().isEmpty() || history.journal().stream().anyMatch(r -> !r.success());
        return new Plan(state.current(), history, baseline, prepared, skipped, warnings, repair,
                settings.execOrder() == ExecOrder.NON_LINEAR && !state.outOfOrder().isEmpty(), takeover);
    }

    private RunContext.Created write(Connection c, Plan plan) throws SQLException {
        c.setAutoCommit(false);
        try {
            RunContext.Created created = target.createTables(c);
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

    private List<AppliedFile> execute(Plan plan, MigrationLock lock, List<String> repairs) {
        Map<String, PreparedFile> byVersion = new LinkedHashMap<>();
        plan.prepared().forEach(p -> byVersion.put(p.migration().revisionKey(), p));
        RunRecorder recorder = new RunRecorder(byVersion.size(), settings.listener(), lock);
        var flyway = FlywayEngine.create(new FlywayEngine.Run(target.dataSource(), settings.schema(),
                settings.journalTable(), settings.directory(), target.migrations(), byVersion, target.revisions(),
                OperatorVersion.VALUE, recorder, settings.execOrder() == ExecOrder.NON_LINEAR,
                settings.transactionMode() == TransactionMode.ALL, sessionSettings()));
        try {
            flyway.migrate();
        } catch (FlywayException | MigrationsException e) {
            repairs.addAll(recorder.repairs());
            flushAfterFailure();
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
            throw stoppedBetweenFiles(e, plan, recorder);
        }
        repairs.addAll(recorder.repairs());
        List<AppliedFile> applied = recorder.appliedFiles();
        try {
            DurableCommit.flush(target.dataSource(), target.revisions().qualifiedName());
        } catch (SQLException e) {
            FaultKind fault = FaultKind.of(e, Thread.currentThread().isInterrupted());
            throw new DatabaseException("the run applied and recorded its " + applied.size() + " file(s), but the "
                    + "commit that waits for them to reach the server's disk failed: " + fault.description() + " ("
                    + Faults.detail(e) + "). If the server restarted, the last of those files may be gone together "
                    + "with their revisions rows: status() shows what the database has; then apply again.",
                    fault, e);
        }
        if (applied.size() != byVersion.size()) {
            throw new MigrationsException(ErrorKind.ENGINE_FAILED, "the engine applied " + applied.size() + " of " + byVersion.size()
                    + " pending files; status() shows which");
        }
        return applied;
    }

    /** Makes the files a failed run applied before its failure durable; a failure of that only warns. */
    private void flushAfterFailure() {
        try {
            DurableCommit.flush(target.dataSource(), target.revisions().qualifiedName());
        } catch (SQLException e) {
            LOG.warn("could not wait for the files applied before the failure to reach the disk: {}", e.getMessage());
        }
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
        FaultKind kind = FaultKind.of(f.cause(), Thread.currentThread().isInterrupted());
        StringBuilder msg = new StringBuilder().append(m.label());
        if (f.stage() == FailureStage.STATEMENT) {
            msg.append(" failed at statement ");
        } else {
            msg.append(" failed ").append(f.stage().phrase()).append(' ');
        }
        msg.append(f.index() + 1).append(" of ").append(n).append(", line ").append(statement.line())
                .append(": ");
        if (kind != FaultKind.STATEMENT_ERROR && kind != FaultKind.STATEMENT_TIMEOUT && kind != FaultKind.LOCK_TIMEOUT) {
            msg.append(kind.description()).append(" (").append(Faults.detail(f.cause())).append(')');
        } else {
            msg.append(Faults.detail(f.cause()));
        }
        msg.append("\n    ").append(abbreviate(statement.sql())).append(timeoutHint(f.cause())).append('\n');
        msg.append(appliedState(f, kind, appliedBefore));
        msg.append(' ').append(nextStep(kind));
        return new MigrationFailedException(msg.toString(), m.path(), m.revisionKey(), f.index() + 1,
                statement.line(), kind, f.stage(), f.cause());
    }

    /** What the failed file and the run left applied and recorded. */
    private String appliedState(RunRecorder.Failure f, FaultKind kind, List<AppliedFile> appliedBefore) {
        String before = appliedBefore.isEmpty() ? "" : " The " + appliedBefore.size() + " file(s) before it in this "
                + "run stay applied and recorded.";
        boolean uncertainCommit = kind.sessionGone()
                && (f.stage() == FailureStage.COMMIT || f.stage() == FailureStage.RECORDING);
        if (settings.transactionMode() == TransactionMode.ALL) {
            return uncertainCommit ? "The run used one transaction for all files and the connection was lost as it "
                    + "ended: PostgreSQL either committed all of them or none; status() shows which."
                    : "The run used one transaction for all files: it was rolled back and nothing was applied.";
        }
        if (f.file().transactional()) {
            if (uncertainCommit) {
                return "The connection was lost as the file's transaction ended: PostgreSQL either committed the "
                        + "file together with its revisions row, or rolled both back; status() shows "
                        + "which, and the next run applies the file only if it was rolled back." + before;
            }
            return "The file was rolled back: none of its statements were applied" + (appliedBefore.isEmpty() ? "."
                    : "; the " + appliedBefore.size() + " file(s) before it in this run stay applied.");
        }
        int done = f.index();
        StringBuilder s = new StringBuilder("This file runs without a transaction: ")
                .append(done == 0 ? "no statement of it is recorded as applied"
                        : done == 1 ? "statement 1 was applied and recorded"
                        : "statements 1-" + done + " were applied and recorded");
        if (kind.sessionGone()) {
            boolean concurrent = ConcurrentBuild.of(f.file().statements().get(f.index()).sql()).isPresent();
            s.append("; statement ").append(done + 1).append(concurrent
                    ? " did not finish, and an index build it left behind as invalid is dropped and built again by "
                            + "the next run"
                    : " either rolled back or committed together with its progress row as the connection dropped");
            s.append("; the next run resumes after the last statement recorded.");
        } else {
            s.append("; the next run resumes at statement ").append(done + 1).append('.');
        }
        return s.toString();
    }

    private String nextStep(FaultKind kind) {
        if (kind.transientFault()) {
            return "The file itself needs no change: once the database is reachable again, see where the "
                    + "schema is with status(), then apply again.";
        }
        if (kind == FaultKind.READ_ONLY || kind == FaultKind.MISSING_PRIVILEGE) {
            return "Migrate through a writable primary with a role that may run the file, then apply again.";
        }
        return "Fix the file, rewrite atlas.sum with " + SumAdvice.REWRITE + ", then apply again.";
    }

    /**
     * The engine failed outside any file's statements (between files, writing its journal, committing the
     * all-files transaction): the error names the file the run was at.
     */
    private MigrationsException stoppedBetweenFiles(RuntimeException e, Plan plan, RunRecorder recorder) {
        FaultKind kind = FaultKind.of(e, Thread.currentThread().isInterrupted());
        List<AppliedFile> applied = recorder.appliedFiles();
        Optional<PreparedFile> current = recorder.current();
        int nextIndex = applied.size();
        Optional<PreparedFile> next = current.or(() -> nextIndex < plan.prepared().size()
                ? Optional.of(plan.prepared().get(nextIndex)) : Optional.empty());
        String appliedText = applied.isEmpty() ? "No file of this run was applied"
                : applied.size() + " file(s) of this run were applied and recorded (the last: "
                + applied.get(applied.size() - 1).file() + ")";
        if (settings.transactionMode() == TransactionMode.ALL) {
            appliedText = "The run used one transaction for all files: PostgreSQL rolled it back, unless the "
                    + "connection was lost while it committed; status() shows which";
        }
        String detail = Faults.detail(e);
        if (next.isEmpty()) {
            PreparedFile last = plan.prepared().get(plan.prepared().size() - 1);
            Migration m = last.migration();
            return new MigrationFailedException("the run stopped after its last file " + m.label() + ", while "
                    + "the engine recorded it in its journal: " + kind.description() + " (" + detail + "). "
                    + appliedText + "; the next run restores a missing journal row from the revisions table. "
                    + nextStep(kind), m.path(), m.revisionKey(), last.statements().size(),
                    last.statements().get(last.statements().size() - 1).line(), kind, FailureStage.COMMIT, e);
        }
        Migration m = next.get().migration();
        if (current.isPresent()) {
            return new MigrationFailedException(m.label() + " failed while it ran, outside its statements: "
                    + kind.description() + " (" + detail + "). " + appliedText + "; status() shows "
                    + "how far " + m.path() + " got, and the next run completes it. " + nextStep(kind), m.path(),
                    m.revisionKey(), 0, 0, kind, FailureStage.BEFORE_FILE, e);
        }
        return new MigrationFailedException(m.label() + " stopped before its first statement, while the engine "
                + "prepared it: " + kind.description() + " (" + detail + "). " + appliedText + "; " + m.path()
                + " and the files after it are still pending. " + nextStep(kind), m.path(), m.revisionKey(), 0, 0,
                kind, FailureStage.BEFORE_FILE, e);
    }

    /**
     * The statement and lock timeouts, set on the engine's connections, and commits that do not wait for their flush
     * (the run ends with one that does: {@link DurableCommit}).
     */
    private Map<String, String> sessionSettings() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("synchronous_commit", "off");
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

    private static String abbreviate(String sql) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 200 ? oneLine : oneLine.substring(0, 197) + "...";
    }

    /**
     * A file that stopped part-way may only resume if the statements it already applied are unchanged. A repeatable
     * file whose applied statements changed starts again from its first statement instead, as it would after any
     * change of a fully applied one.
     */
    private List<PreparedFile> checkChangedPartialFiles(List<PreparedFile> prepared, History history) {
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
                throw new HistoryConflictException(ErrorKind.PARTIAL_FILE, target.settings().schema(),
                        List.of(p.migration().path()), List.of(p.migration().versionText()),
                        changed.get() + ". Nothing was changed.");
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
        throw new TakeoverException(TakeoverException.Reason.BASELINE_DISAGREES, t.tool(), List.of(t.table()),
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
        throw new HistoryConflictException(ErrorKind.DIRTY_DATABASE, settings.schema(), List.of(), List.of(),
                "schema \"" + settings.schema() + "\" is not empty but has no revisions: found " + listed + ". If it "
                + "already has the schema of some version V, adopt it at that version with baselineVersion(\"V\"); "
                + "to apply every file on top of what is there, set allowDirty(true). Nothing was changed.");
    }

    private void refuseEdited(FileStates state) {
        if (state.edited().isEmpty()) {
            return;
        }
        StringBuilder msg = new StringBuilder("applied migration file(s) changed since they were applied:");
        for (FileStates.EditedFile e : state.edited()) {
            msg.append("\n  ").append(e.migration().path()).append(" (version ").append(e.migration().versionText())
                    .append(", applied ").append(e.appliedAt()).append(")");
        }
        msg.append("\nThe database ran the old content. Either revert the edit, or, if the database already matches "
                + "the new content, record the new hashes with rehash(). Nothing was changed.");
        throw new HistoryConflictException(ErrorKind.EDITED_APPLIED_FILE, settings.schema(),
                state.edited().stream().map(e -> e.migration().path()).toList(),
                state.edited().stream().map(e -> e.migration().versionText()).toList(), msg.toString());
    }

    private HistoryConflictException outOfOrder(FileStates state) {
        String files = state.outOfOrder().stream().map(m -> m.path() + " (version " + m.versionText() + ")")
                .collect(Collectors.joining(", "));
        return new HistoryConflictException(ErrorKind.OUT_OF_ORDER, settings.schema(),
                state.outOfOrder().stream().map(Migration::path).toList(),
                state.outOfOrder().stream().map(Migration::versionText).toList(), "file(s) older than the applied version "
                + state.current().orElse("") + " are not applied: " + files + ". Give them a version above "
                + state.current().orElse("") + " (rename, then rewrite atlas.sum with " + SumAdvice.REWRITE
                + "), or choose execOrder(ExecOrder.NON_LINEAR) to apply them anyway or execOrder(ExecOrder.LINEAR_SKIP)"
                + " to skip them. Nothing was changed.");
    }

    private void checkAhead(FileStates state, List<String> warnings) {
        if (!state.databaseAhead()) {
            return;
        }
        String versions = state.ahead().stream().map(Revision::version).collect(Collectors.joining(", "));
        String msg = "the database has applied version(s) the directory does not have: " + versions
                + " (an older release of the application, or a removed file)";
        if (settings.strict()) {
            throw new HistoryConflictException(ErrorKind.DATABASE_AHEAD, settings.schema(), List.of(),
                    state.ahead().stream().map(Revision::version).toList(), msg + ". Deploy the release that has these files, "
                    + "or set strict(false) to continue with a warning. Nothing was changed.");
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
