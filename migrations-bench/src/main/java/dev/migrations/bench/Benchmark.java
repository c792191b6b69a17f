package dev.migrations.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** One benchmark run: prepares the workloads, runs the chosen sections and collects the report. */
final class Benchmark {

    private final BenchOptions options;
    private final BenchServer server;
    private final Scratch scratch;
    private final Consumer<String> progress;
    private final Map<Integer, Workload> generatedBySize = new HashMap<>();

    Benchmark(BenchOptions options, BenchServer server, Scratch scratch, Consumer<String> progress) {
        this.options = options;
        this.server = server;
        this.scratch = scratch;
        this.progress = progress;
    }

    BenchReport run() throws IOException, SQLException, InterruptedException {
        String date = ZonedDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        String loadBefore = EnvironmentProbe.loadAverage();
        List<String> notes = new ArrayList<>();
        ChildJvm child = new ChildJvm(options.childXmx(), options.limit());
        Rounds rounds = new Rounds(options.warmups(), options.repeats(), progress);
        Optional<PsqlRunner> psql = PsqlRunner.find(options.limit());
        List<Applier> appliers = new ArrayList<>(List.of(new OursRunner(), new FlywayRunner()));
        psql.ifPresent(appliers::add);
        Optional<String> psqlMissing = psql.isPresent() ? Optional.empty() : Optional.of("psql not on the PATH");
        psqlMissing.ifPresent(why -> notes.add("psql was not measured: " + why + "."));
        ApplyBenchmark apply = new ApplyBenchmark(server, appliers, psqlMissing, rounds, child, options.limit());

        List<ColdApplyResult> generated = new ArrayList<>();
        List<NoopResult> noops = new ArrayList<>();
        if (options.sections().contains(Section.APPLY)) {
            for (int size : options.sizes()) {
                Workload workload = generated(size);
                try (MigratedDatabases migrated = new MigratedDatabases()) {
                    generated.add(apply.coldApply(workload, false, migrated));
                    noops.add(apply.noop(workload, migrated));
                }
            }
        }
        Optional<MemoryResult> memory = Optional.empty();
        if (options.sections().contains(Section.MEMORY)) {
            Rounds noWarmup = new Rounds(0, options.repeats(), progress);
            memory = Optional.of(new MemoryBenchmark(server, child, noWarmup).run(generated(options.memoryFiles())));
        }
        Optional<SumResult> sum = Optional.empty();
        if (options.sections().contains(Section.SUM)) {
            sum = Optional.of(new SumBenchmark(rounds, child, options.limit())
                    .run(scratch.folder("sum"), options.sumFiles(), options.sumMegabytes() * 1024L * 1024L));
        }
        List<ColdApplyResult> corpora = new ArrayList<>();
        if (options.sections().contains(Section.CORPORA)) {
            Path folder = SharedFolder.resolve(options.shared()).resolve("corpora");
            if (Files.isDirectory(folder)) {
                for (Workload workload : CorpusWorkloads.prepare(folder, scratch.folder("corpora"))) {
                    try (MigratedDatabases migrated = new MigratedDatabases()) {
                        corpora.add(apply.coldApply(workload, true, migrated));
                    }
                }
            } else {
                notes.add("corpora not measured: " + folder + " does not exist (pass --shared <dir>).");
            }
        }
        Environment environment = new Environment(date, EnvironmentProbe.machine(), EnvironmentProbe.os(),
                EnvironmentProbe.java(), server.version(), server.description(), EnvironmentProbe.flyway(),
                EnvironmentProbe.ours(), psql.isPresent() ? psql.get().version() : "absent",
                "before " + loadBefore + ", after " + EnvironmentProbe.loadAverage(), EnvironmentProbe.command());
        return new BenchReport(environment, options, generated, noops, memory, sum, corpora, notes);
    }

    /** The generated workload of {@code size} files, written once per run. */
    private Workload generated(int size) throws IOException {
        Workload existing = generatedBySize.get(size);
        if (existing != null) {
            return existing;
        }
        progress.accept("generating " + size + " files");
        Workload workload = SyntheticWorkload.generate(scratch.folder("generated-" + size), size);
        generatedBySize.put(size, workload);
        return workload;
    }
}
