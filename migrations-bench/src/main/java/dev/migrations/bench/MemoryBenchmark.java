package dev.migrations.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Peak memory of a cold apply: our library and plain Flyway each in child JVMs with the same {@code -Xmx}, each run
 * on a fresh database; the child reads its own {@code VmHWM} and heap-pool peaks at the end.
 */
final class MemoryBenchmark {

    private final BenchServer server;
    private final ChildJvm child;
    private final Rounds rounds;
    private final List<String> tools;

    /**
     * @param rounds rounds without warm-up (every child is a fresh JVM anyway)
     * @param tools  {@link OursRunner#LABEL}, and {@link FlywayRunner#LABEL} when Flyway is measured too
     */
    MemoryBenchmark(BenchServer server, ChildJvm child, Rounds rounds, List<String> tools) {
        this.server = server;
        this.child = child;
        this.rounds = rounds;
        this.tools = List.copyOf(tools);
    }

    /** Runs the workload's cold apply in child JVMs, {@code repeats} times per tool. */
    MemoryResult run(Workload workload) {
        Map<String, List<ChildReport>> reports = new LinkedHashMap<>();
        Map<String, Rounds.Trial> trials = new LinkedHashMap<>();
        for (String tool : tools) {
            List<ChildReport> mine = new ArrayList<>();
            reports.put(tool, mine);
            trials.put(tool, () -> {
                try (BenchDatabase database = server.createDatabase()) {
                    ChildReport report = child.migrate(tool, workload, database);
                    if (report.files() != workload.files()) {
                        throw new IllegalStateException(tool + " applied " + report.files() + " of "
                                + workload.files() + " files");
                    }
                    mine.add(report);
                    return report.wallNanos();
                }
            });
        }
        Map<String, Outcome> outcomes = rounds.run("peak memory " + workload.name(), trials);
        return new MemoryResult(workload.files(), child.xmx(), stats(OursRunner.LABEL, reports, outcomes),
                stats(FlywayRunner.LABEL, reports, outcomes));
    }

    /** A tool's statistics; a tool that failed in any run is reported as failed. */
    private static ChildStats stats(String tool, Map<String, List<ChildReport>> reports, Map<String, Outcome> outcomes) {
        Outcome outcome = outcomes.getOrDefault(tool, Outcome.missing("not measured"));
        return ChildStats.of(outcome.stats().isPresent() ? reports.get(tool) : List.of(), outcome);
    }
}
