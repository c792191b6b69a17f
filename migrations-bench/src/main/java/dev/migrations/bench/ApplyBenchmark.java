package dev.migrations.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;

/**
 * Cold apply (ours, plain Flyway, psql; each trial on a database created for it) and no-op boot (in-process and as
 * a fresh JVM) of one workload.
 */
final class ApplyBenchmark {

    /**
     * Warm-ups of the in-process no-op boot. It takes milliseconds, so a few runs after one warm-up would mostly
     * measure the JIT compiler; in-process means a JVM that already runs, so both libraries get compiled first.
     */
    static final int NOOP_IN_PROCESS_WARMUPS = 20;

    /** Measured in-process no-op runs per measured round of the other measurements. */
    static final int NOOP_IN_PROCESS_RUNS_PER_REPEAT = 10;

    private final BenchServer server;
    private final List<Applier> appliers;
    private final Optional<String> psqlMissing;
    private final Rounds rounds;
    private final ChildJvm child;
    private final Duration limit;

    /**
     * @param appliers    ours, and Flyway and psql (and {@code psql -1}) when they are to be measured, in run order
     *                    within a round
     * @param psqlMissing why psql is not measured, when it is not
     */
    ApplyBenchmark(BenchServer server, List<Applier> appliers, Optional<String> psqlMissing, Rounds rounds,
            ChildJvm child, Duration limit) {
        this.server = server;
        this.appliers = List.copyOf(appliers);
        this.psqlMissing = psqlMissing;
        this.rounds = rounds;
        this.child = child;
        this.limit = limit;
    }

    /**
     * Measures the cold apply of a workload in this JVM, and with {@code freshJvmsToo} also in child JVMs. The last
     * database each library migrated is left in {@code migrated}.
     */
    ColdApplyResult coldApply(Workload workload, boolean freshJvmsToo, MigratedDatabases migrated) {
        Map<String, Rounds.Trial> trials = new LinkedHashMap<>();
        for (Applier applier : appliers) {
            trials.put(applier.label(), () -> coldTrial(applier, workload, migrated));
        }
        Map<String, Outcome> inProcess = rounds.run("cold apply " + workload.name(), trials);
        Optional<Outcome> oursProcess = Optional.empty();
        Optional<Outcome> flywayProcess = Optional.empty();
        if (freshJvmsToo) {
            Map<String, Rounds.Trial> processTrials = new LinkedHashMap<>();
            for (Applier applier : appliers) {
                if (applier instanceof OursRunner || applier instanceof FlywayRunner) {
                    processTrials.put(applier.label(), () -> processTrial(applier.label(), workload));
                }
            }
            Map<String, Outcome> process = rounds.run("cold apply, fresh JVM " + workload.name(), processTrials);
            oursProcess = Optional.of(process.get(OursRunner.LABEL));
            flywayProcess = Optional.of(measured(process, FlywayRunner.LABEL));
        }
        Outcome psql = inProcess.getOrDefault(PsqlRunner.LABEL,
                Outcome.missing(psqlMissing.orElse("not measured")));
        Outcome psqlOneTransaction = inProcess.getOrDefault(PsqlRunner.ONE_TRANSACTION_LABEL,
                Outcome.missing(psqlMissing.orElse("not measured")));
        return new ColdApplyResult(workload.name(), workload.files(), inProcess.get(OursRunner.LABEL),
                measured(inProcess, FlywayRunner.LABEL), psql, psqlOneTransaction, oursProcess, flywayProcess);
    }

    /** Measures a boot with nothing to apply, on the databases {@link #coldApply} left migrated. */
    NoopResult noop(Workload workload, MigratedDatabases migrated) {
        Map<String, Rounds.Trial> inProcess = new LinkedHashMap<>();
        Map<String, Rounds.Trial> process = new LinkedHashMap<>();
        Map<String, Outcome> missing = new LinkedHashMap<>();
        for (Applier applier : appliers) {
            if (applier instanceof PsqlRunner) {
                continue;
            }
            Optional<BenchDatabase> database = migrated.of(applier.label());
            if (database.isEmpty()) {
                missing.put(applier.label(), Outcome.missing("no migrated database: its cold apply failed"));
                continue;
            }
            inProcess.put(applier.label(), () -> noopTrial(applier, workload, database.get()));
            process.put(applier.label(), () -> {
                ChildReport report = child.migrate(applier.label(), workload, database.get());
                requireApplied(applier.label(), report.files(), 0);
                return report.wallNanos();
            });
        }
        Map<String, Outcome> warm = new LinkedHashMap<>(missing);
        Rounds noopRounds = rounds.withCounts(NOOP_IN_PROCESS_WARMUPS, rounds.repeats() * NOOP_IN_PROCESS_RUNS_PER_REPEAT);
        warm.putAll(noopRounds.run("no-op boot in-process " + workload.name(), inProcess));
        Map<String, Outcome> fresh = new LinkedHashMap<>(missing);
        fresh.putAll(rounds.run("no-op boot fresh JVM " + workload.name(), process));
        return new NoopResult(workload.files(), warm.get(OursRunner.LABEL), measured(warm, FlywayRunner.LABEL),
                fresh.get(OursRunner.LABEL), measured(fresh, FlywayRunner.LABEL));
    }

    /** A tool's outcome, or "not measured" when it is not among this benchmark's appliers. */
    private static Outcome measured(Map<String, Outcome> outcomes, String label) {
        return outcomes.getOrDefault(label, Outcome.missing("not measured"));
    }

    private long coldTrial(Applier applier, Workload workload, MigratedDatabases migrated) throws Exception {
        BenchDatabase database = server.createDatabase();
        boolean kept = false;
        try {
            long nanos = timed(applier, workload, database, workload.files());
            if (!applier.label().equals(PsqlRunner.LABEL)) {
                migrated.replace(applier.label(), database);
                kept = true;
            }
            return nanos;
        } finally {
            if (!kept) {
                database.close();
            }
        }
    }

    private long noopTrial(Applier applier, Workload workload, BenchDatabase database) throws Exception {
        return timed(applier, workload, database, 0);
    }

    /** Times one apply, bounded by the limit, and checks how many files it applied. */
    private long timed(Applier applier, Workload workload, BenchDatabase database, int expected) throws Exception {
        long nanos;
        int applied;
        try (TrialGuard guard = TrialGuard.start(database, limit)) {
            long started = System.nanoTime();
            try {
                applied = applier.apply(workload, database);
            } catch (Exception e) {
                if (guard.fired()) {
                    throw new TimeoutException(applier.label() + " ran longer than " + limit.toSeconds()
                            + " s; its sessions were ended");
                }
                throw e;
            }
            nanos = System.nanoTime() - started;
        }
        requireApplied(applier.label(), applied, expected);
        return nanos;
    }

    private long processTrial(String tool, Workload workload) throws Exception {
        try (BenchDatabase database = server.createDatabase()) {
            ChildReport report = child.migrate(tool, workload, database);
            requireApplied(tool, report.files(), workload.files());
            return report.wallNanos();
        }
    }

    private static void requireApplied(String tool, int applied, int expected) {
        if (applied != expected) {
            throw new IllegalStateException(tool + " applied " + applied + " files where " + expected
                    + " were expected");
        }
    }
}
