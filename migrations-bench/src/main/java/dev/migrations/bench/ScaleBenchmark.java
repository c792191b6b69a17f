package dev.migrations.bench;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Our library alone on big generated directories (Flyway and psql take minutes there): cold apply, no-op boot,
 * {@code validate} and peak memory, with the measurements of the apply, sum and memory sections.
 */
final class ScaleBenchmark {

    private static final String IN_PROCESS = "in-process";
    private static final String FRESH_JVM = "fresh JVM";

    private final ApplyBenchmark apply;
    private final MemoryBenchmark memory;
    private final Rounds rounds;
    private final ChildJvm child;

    /**
     * @param apply  cold apply and no-op boot with our library as the only applier
     * @param memory child-JVM cold apply with our library as the only tool
     */
    ScaleBenchmark(ApplyBenchmark apply, MemoryBenchmark memory, Rounds rounds, ChildJvm child) {
        this.apply = apply;
        this.memory = memory;
        this.rounds = rounds;
        this.child = child;
    }

    /** Measures one generated workload. */
    ScaleResult run(Workload workload) throws SQLException {
        ColdApplyResult cold;
        NoopResult noop;
        try (MigratedDatabases migrated = new MigratedDatabases()) {
            cold = apply.coldApply(workload, false, migrated);
            noop = apply.noop(workload, migrated);
        }
        Map<String, Rounds.Trial> validate = new LinkedHashMap<>();
        validate.put(IN_PROCESS, DirectoryCheckTrials.inProcess(workload.oursDir(), workload.oursFormat(),
                workload.files()));
        validate.put(FRESH_JVM, DirectoryCheckTrials.freshJvm(child, workload.oursDir(), workload.oursFormat(),
                workload.files()));
        Map<String, Outcome> checked = rounds.run("validate " + workload.name(), validate);
        MemoryResult peak = memory.run(workload);
        return new ScaleResult(workload.files(), cold.ours(), noop.oursInProcess(), noop.oursProcess(),
                checked.get(IN_PROCESS), checked.get(FRESH_JVM), peak.ours());
    }
}
