package dev.migrations.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The command line.
 *
 * @param sizes        N of the generated directories
 * @param repeats      measured runs per measurement (the median is reported)
 * @param warmups      unmeasured runs before them (in-process measurements)
 * @param out          the Markdown report
 * @param shared       the shared data folder holding {@code corpora/}; empty means {@code ../shared} beside the repo
 * @param memoryFiles  N of the peak-memory measurement
 * @param childXmx     {@code -Xmx} of every child JVM
 * @param sumFiles     files of the atlas.sum measurement
 * @param sumMegabytes their total size in MB
 * @param limit        time limit of every trial and every process started
 * @param sections     what to run
 */
record BenchOptions(List<Integer> sizes, int repeats, int warmups, Path out, Optional<Path> shared, int memoryFiles,
        String childXmx, int sumFiles, int sumMegabytes, Duration limit, Set<Section> sections) {

    static final String USAGE = """
            usage: java -jar migrations-bench/target/migrations-bench.jar [options]
              --sizes 100,1000,5000     files in the generated directories (cold apply and no-op boot)
              --repeats 5               measured runs per measurement; the median is reported with min/max
              --warmups 1               unmeasured runs before them
              --out docs/benchmarks.md  the Markdown report (relative to the working directory)
              --shared <dir>            shared data folder with corpora/ (default: ../shared beside the repo root)
              --memory-files 1000       N of the peak-memory measurement (child JVMs)
              --child-xmx 512m          -Xmx of every child JVM
              --sum-files 10000         files of the atlas.sum measurement
              --sum-mb 100              their total size in MB
              --timeout 1800            seconds any one trial or process may take before it is stopped
              --sections apply,memory,sum,corpora,durable   what to run
            PostgreSQL: embedded, or the server named by MIGRATIONS_BENCH_URL
            (jdbc:postgresql://host:port/db?user=u&password=p or postgres://u:p@host:port/db; the user must be able
            to create databases).""";

    /**
     * @throws IllegalArgumentException for an unknown option or a bad value
     */
    static BenchOptions parse(String... args) {
        List<Integer> sizes = List.of(100, 1000, 5000);
        int repeats = 5;
        int warmups = 1;
        Path out = Path.of("docs", "benchmarks.md");
        Optional<Path> shared = Optional.empty();
        int memoryFiles = 1000;
        String childXmx = "512m";
        int sumFiles = 10_000;
        int sumMegabytes = 100;
        Duration limit = Duration.ofSeconds(1800);
        Set<Section> sections = EnumSet.allOf(Section.class);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args[++i];
            switch (option) {
                case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(s -> positive(option, s)).toList();
                case "--repeats" -> repeats = positive(option, value);
                case "--warmups" -> warmups = nonNegative(option, value);
                case "--out" -> out = Path.of(value);
                case "--shared" -> shared = Optional.of(Path.of(value));
                case "--memory-files" -> memoryFiles = positive(option, value);
                case "--child-xmx" -> childXmx = xmx(value);
                case "--sum-files" -> sumFiles = positive(option, value);
                case "--sum-mb" -> sumMegabytes = positive(option, value);
                case "--timeout" -> limit = Duration.ofSeconds(positive(option, value));
                case "--sections" -> {
                    List<Section> chosen = new ArrayList<>();
                    for (String name : value.split(",")) {
                        chosen.add(Section.parse(name));
                    }
                    sections = EnumSet.copyOf(chosen);
                }
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return new BenchOptions(sizes, repeats, warmups, out, shared, memoryFiles, childXmx, sumFiles, sumMegabytes,
                limit, sections);
    }

    private static int positive(String option, String value) {
        int n = number(option, value);
        if (n < 1) {
            throw new IllegalArgumentException(option + " must be at least 1, not " + value);
        }
        return n;
    }

    private static int nonNegative(String option, String value) {
        int n = number(option, value);
        if (n < 0) {
            throw new IllegalArgumentException(option + " must not be negative, not " + value);
        }
        return n;
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not '" + value + "'");
        }
    }

    private static String xmx(String value) {
        if (!value.matches("[0-9]+[kKmMgG]?")) {
            throw new IllegalArgumentException("--child-xmx takes a JVM size such as 512m, not '" + value + "'");
        }
        return value;
    }
}
