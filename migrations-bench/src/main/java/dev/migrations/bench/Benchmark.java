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
        // generated directories have no statement that refuses a transaction block, so psql -1 runs them too
        List<Applier> generatedAppliers = new ArrayList<>(appliers);
        psql.ifPresent(p -> generatedAppliers.add(p.inOneTransaction()));
        ApplyBenchmark applyGenerated = new ApplyBenchmark(server, generatedAppliers, psqlMissing, rounds, child,
                options.limit());

        List<ColdApplyResult> generated = new ArrayList<>();
        List<NoopResult> noops = new ArrayList<>();
        if (options.sections().contains(Section.APPLY)) {
            for (int size : options.sizes()) {
                Workload workload = generated(size);
                try (MigratedDatabases migrated = new MigratedDatabases()) {
                    generated.add(applyGenerated.coldApply(workload, false, migrated));
                    noops.add(applyGenerated.noop(workload, migrated));
                }
            }
        }
        Optional<MemoryResult> memory = Optional.empty();
        if (options.sections().contains(Section.MEMORY)) {
            Rounds noWarmup = new Rounds(0, options.repeats(), progress);
            memory = Optional.of(new MemoryBenchmark(server, child, noWarmup,
                    List.of(OursRunner.LABEL, FlywayRunner.LABEL)).run(generated(options.memoryFiles())));
        }
        Optional<SumResult> sum = Optional.empty();
        if (options.sections().contains(Section.SUM)) {
            sum = Optional.of(new SumBenchmark(rounds, child, options.limit())
                    .run(scratch.folder("sum"), options.sumFiles(), options.sumMegabytes() * 1024L * 1024L));
        }
        List<CorpusResult> corpora = new ArrayList<>();
        if (options.sections().contains(Section.CORPORA)) {
            Path folder = SharedFolder.resolve(options.shared()).resolve("corpora");
            List<Corpus> histories = new ArrayList<>();
            if (Files.isDirectory(folder)) {
                histories.addAll(CorpusWorkloads.prepare(folder, scratch.folder("corpora")));
            } else {
                notes.add("corpora not measured: " + folder + " does not exist (pass --shared <dir>); the corpus "
                        + "table has the generated layout samples only.");
            }
            histories.addAll(LayoutSamples.missing(histories, scratch.folder("layout-samples")));
            for (Corpus corpus : histories) {
                try (MigratedDatabases migrated = new MigratedDatabases()) {
                    corpora.add(new CorpusResult(corpus.layout(), corpus.source(),
                            apply.coldApply(corpus.workload(), true, migrated)));
                }
            }
        }
        List<ColdApplyResult> durable = new ArrayList<>();
        Optional<String> durableServer = Optional.empty();
        if (options.sections().contains(Section.DURABLE)) {
            if (server.external()) {
                notes.add("durable server not measured: the run uses the external server of " + BenchServer.URL_ENV
                        + ", whose settings are its own.");
            } else {
                try (BenchServer disk = BenchServer.startEmbedded(ServerDurability.DURABLE)) {
                    durableServer = Optional.of(disk.description());
                    progress.accept("durable PostgreSQL: " + disk.description());
                    ApplyBenchmark applyDurable = new ApplyBenchmark(disk, generatedAppliers, psqlMissing, rounds,
                            child, options.limit());
                    for (int size : options.sizes()) {
                        try (MigratedDatabases migrated = new MigratedDatabases()) {
                            durable.add(applyDurable.coldApply(generated(size), false, migrated));
                        }
                    }
                }
            }
        }
        List<ScaleResult> scale = new ArrayList<>();
        if (options.sections().contains(Section.SCALE)) {
            // a run at these sizes takes minutes: the JIT is warm long before it ends, so no warm-up round
            Rounds scaleRounds = rounds.withCounts(0, options.scaleRepeats());
            ApplyBenchmark oursOnly = new ApplyBenchmark(server, List.of(new OursRunner()),
                    Optional.of("not run at these sizes"), scaleRounds, child, options.limit());
            MemoryBenchmark oursMemory = new MemoryBenchmark(server, child, scaleRounds, List.of(OursRunner.LABEL));
            ScaleBenchmark bench = new ScaleBenchmark(oursOnly, oursMemory, scaleRounds, child);
            for (int size : options.scaleSizes()) {
                scale.add(bench.run(generated(size)));
            }
        }
        Environment environment = new Environment(date, EnvironmentProbe.machine(), EnvironmentProbe.os(),
                EnvironmentProbe.java(), server.version(), server.description(), EnvironmentProbe.flyway(),
                EnvironmentProbe.ours(), psql.isPresent() ? psql.get().version() : "absent",
                "before " + loadBefore + ", after " + EnvironmentProbe.loadAverage(), EnvironmentProbe.command());
        return new BenchReport(environment, options, generated, noops, memory, sum, corpora, durable, durableServer,
                scale, notes);
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
