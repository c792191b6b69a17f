package dev.migrations.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** The benchmark's command line: options, their checks, and the run. */
@Command(name = "java -jar migrations-bench/target/migrations-bench.jar", mixinStandardHelpOptions = true,
        description = "Runs this library against plain Flyway and psql and writes a Markdown report.",
        footer = {"PostgreSQL: embedded, or the server named by MIGRATIONS_BENCH_URL",
                "(jdbc:postgresql://host:port/db?user=u&password=p or postgres://u:p@host:port/db; the user must be",
                "able to create databases)."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--sizes", split = ",", paramLabel = "<n>", defaultValue = "100,1000,5000",
            description = "Files in the generated directories (cold apply and no-op boot); default: ${DEFAULT-VALUE}.")
    private List<Integer> sizes;

    @Option(names = "--repeats", paramLabel = "<n>", defaultValue = "5",
            description = "Measured runs per measurement; the median is reported with min/max (default: 5).")
    private int repeats;

    @Option(names = "--warmups", paramLabel = "<n>", defaultValue = "1",
            description = "Unmeasured runs before them (default: 1).")
    private int warmups;

    @Option(names = "--out", paramLabel = "<file>", defaultValue = "docs/benchmarks.md",
            description = "The Markdown report, relative to the working directory (default: docs/benchmarks.md).")
    private Path out;

    @Option(names = "--shared", paramLabel = "<dir>",
            description = "Shared data folder with corpora/ (default: ../shared beside the repository root).")
    private Path shared;

    @Option(names = "--memory-files", paramLabel = "<n>", defaultValue = "1000",
            description = "N of the peak-memory measurement in child JVMs (default: 1000).")
    private int memoryFiles;

    @Option(names = "--child-xmx", paramLabel = "<size>", defaultValue = "512m",
            description = "-Xmx of every child JVM (default: 512m).")
    private String childXmx;

    @Option(names = "--sum-files", paramLabel = "<n>", defaultValue = "10000",
            description = "Files of the atlas.sum measurement (default: 10000).")
    private int sumFiles;

    @Option(names = "--sum-mb", paramLabel = "<mb>", defaultValue = "100",
            description = "Their total size in MB (default: 100).")
    private int sumMegabytes;

    @Option(names = "--scale-sizes", split = ",", paramLabel = "<n>", defaultValue = "10000,50000",
            description = "Files of the scale section's generated directories, ours only; default: ${DEFAULT-VALUE}.")
    private List<Integer> scaleSizes;

    @Option(names = "--scale-repeats", paramLabel = "<n>", defaultValue = "1",
            description = "Measured runs per measurement of the scale section, without warm-up: one 50,000-file "
                    + "run takes minutes (default: 1).")
    private int scaleRepeats;

    @Option(names = "--timeout", paramLabel = "<seconds>", defaultValue = "1800",
            description = "Seconds any one trial or process may take before it is stopped (default: 1800).")
    private int timeoutSeconds;

    @Option(names = "--sections", split = ",", paramLabel = "<section>", converter = SectionConverter.class,
            defaultValue = "apply,memory,sum,corpora,durable,scale",
            description = "What to run: apply, memory, sum, corpora, durable, scale (default: all).")
    private List<Section> sections;

    /**
     * The checked options.
     *
     * @throws ParameterException for a value out of range
     */
    BenchOptions options() {
        sizes.forEach(n -> atLeast("--sizes", n, 1));
        atLeast("--repeats", repeats, 1);
        atLeast("--warmups", warmups, 0);
        atLeast("--memory-files", memoryFiles, 1);
        atLeast("--sum-files", sumFiles, 1);
        atLeast("--sum-mb", sumMegabytes, 1);
        scaleSizes.forEach(n -> atLeast("--scale-sizes", n, 1));
        atLeast("--scale-repeats", scaleRepeats, 1);
        atLeast("--timeout", timeoutSeconds, 1);
        if (!childXmx.matches("[0-9]+[kKmMgG]?")) {
            throw new ParameterException(spec.commandLine(),
                    "--child-xmx takes a JVM size such as 512m, not '" + childXmx + "'");
        }
        List<Integer> scaleAscending = scaleSizes.stream().sorted().distinct().toList();
        return new BenchOptions(List.copyOf(sizes), repeats, warmups, out, Optional.ofNullable(shared), memoryFiles,
                childXmx, sumFiles, sumMegabytes, scaleAscending, scaleRepeats, Duration.ofSeconds(timeoutSeconds),
                EnumSet.copyOf(sections));
    }

    @Override
    public Integer call() throws Exception {
        BenchOptions options = options();
        long started = System.nanoTime();
        Consumer<String> progress = line -> System.err.println(String.format(Locale.ROOT, "[%7.1f s] %s",
                (System.nanoTime() - started) / 1e9, line));
        try (Scratch scratch = Scratch.create();
             BenchServer server = BenchServer.start(Optional.ofNullable(System.getenv(BenchServer.URL_ENV)))) {
            progress.accept("PostgreSQL: " + server.description() + ", scratch folder " + scratch.root());
            BenchReport report = new Benchmark(options, server, scratch, progress).run();
            String markdown = MarkdownReport.render(report);
            spec.commandLine().getOut().println(markdown);
            spec.commandLine().getOut().flush();
            Path file = options.out().toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.writeString(file, markdown, StandardCharsets.UTF_8);
            progress.accept("report written to " + file);
        }
        return 0;
    }

    private void atLeast(String option, int value, int minimum) {
        if (value < minimum) {
            throw new ParameterException(spec.commandLine(), option + " must be at least " + minimum + ", not "
                    + value);
        }
    }

    /** Reads a section name such as {@code corpora}. */
    static final class SectionConverter implements ITypeConverter<Section> {

        @Override
        public Section convert(String value) {
            try {
                return Section.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
