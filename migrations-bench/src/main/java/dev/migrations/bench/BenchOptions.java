package dev.migrations.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/**
 * The benchmark's settings, read from its command line by {@link BenchCommand}.
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
 * @param scaleSizes   N of the scale section's generated directories, smallest first
 * @param scaleRepeats measured runs per measurement of the scale section (no warm-up there)
 * @param limit        time limit of every trial and every process started
 * @param sections     what to run
 */
record BenchOptions(List<Integer> sizes, int repeats, int warmups, Path out, Optional<Path> shared, int memoryFiles,
        String childXmx, int sumFiles, int sumMegabytes, List<Integer> scaleSizes, int scaleRepeats,
        Duration limit, Set<Section> sections) {

    /**
     * Reads a command line (see {@link BenchCommand}); no arguments give the defaults.
     *
     * @throws picocli.CommandLine.ParameterException for an unknown option or a bad value
     */
    static BenchOptions parse(String... args) {
        BenchCommand command = new BenchCommand();
        new CommandLine(command).parseArgs(args);
        return command.options();
    }
}
