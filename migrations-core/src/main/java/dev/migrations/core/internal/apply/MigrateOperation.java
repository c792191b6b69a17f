package dev.migrations.core.internal.apply;

import dev.migrations.sql.internal.advice.SumAdvice;
import dev.migrations.error.ErrorKind;
import dev.migrations.core.internal.run.RunContext;
import dev.migrations.core.error.DatabaseException;
import dev.migrations.core.internal.run.Baselines;
import dev.migrations.core.ExecOrder;
import dev.migrations.core.MigrationSettings;
import dev.migrations.core.internal.run.Faults;
import dev.migrations.core.error.HistoryConflictException;
import dev.migrations.core.internal.connect.TableName;
import dev.migrations.core.internal.engine.PreparedFile;
import dev.migrations.core.internal.engine.StatementHashes;
import dev.migrations.core.internal.history.FileStates;
import dev.migrations.core.internal.history.History;
import dev.migrations.core.internal.history.SchemaInspector;
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
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One {@code migrate()} run: lock, read the history, check everything, split the pending files, and only then
 * write: tables, baseline, journal repairs, and then the files themselves ({@link EngineRun}).
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
        EngineRun.Outcome outcome;
        try {
            outcome = new EngineRun(target).apply(plan.prepared(), lock);
        } catch (MigrationsException e) {
            target.dropIfNothingRecorded(created);
            throw e;
        }
        List<AppliedFile> applied = outcome.applied();
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
                all.size(), total, plan.baseline().map(Migration::versionText), takeover, outcome.repairs());
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
