package dev.migrations.bench;

import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.dir.MigrationRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code atlas.sum} verification of a big generated directory by our library (in-process after warm-up, and as a
 * fresh JVM) against {@code sha256sum} over the same files. Files are in the page cache for every contender.
 */
final class SumBenchmark {

    static final String READ_AND_VERIFY = "ours: read + verifySum() (in-process)";
    static final String VERIFY_ONLY = "ours: hash + verify, files already in memory (in-process)";
    static final String LOAD = "ours: MigrationLoader.load = read + verify + rules (in-process)";
    static final String FRESH_JVM = "ours: read + verifySum() in a fresh JVM (process wall time)";
    static final String SHA256SUM = "sha256sum via xargs (process wall time)";

    private final Rounds rounds;
    private final ChildJvm child;
    private final Duration limit;

    SumBenchmark(Rounds rounds, ChildJvm child, Duration limit) {
        this.rounds = rounds;
        this.child = child;
        this.limit = limit;
    }

    /** Generates {@code files} files of {@code totalBytes} in all under {@code scratch} and measures. */
    SumResult run(Path scratch, int files, long totalBytes) throws IOException {
        Path dir = LargeDirectory.generate(scratch.resolve("sum-directory"), files, totalBytes);
        List<String> names;
        long bytes;
        try (Stream<Path> entries = Files.list(dir)) {
            names = entries.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".sql")).sorted().toList();
        }
        bytes = 0;
        for (String name : names) {
            bytes += Files.size(dir.resolve(name));
        }
        MigrationRoot inMemory = SumVerification.read(dir, DirectoryFormat.ATLAS);
        Map<String, Rounds.Trial> trials = new LinkedHashMap<>();
        trials.put(READ_AND_VERIFY, DirectoryCheckTrials.inProcess(dir, DirectoryFormat.ATLAS, files));
        trials.put(VERIFY_ONLY, () -> DirectoryCheckTrials.timed(() -> SumVerification.hashAndVerify(inMemory),
                files));
        trials.put(LOAD, () -> DirectoryCheckTrials.timed(() -> SumVerification.load(dir, DirectoryFormat.ATLAS),
                files));
        trials.put(FRESH_JVM, DirectoryCheckTrials.freshJvm(child, dir, DirectoryFormat.ATLAS, files));
        if (Sha256sumRunner.available(limit)) {
            Sha256sumRunner sha = Sha256sumRunner.prepare(dir, names, scratch.resolve("sum-files.list"), limit);
            trials.put(SHA256SUM, sha::run);
        }
        Map<String, Outcome> outcomes = new LinkedHashMap<>(rounds.run("atlas.sum " + files + " files", trials));
        outcomes.putIfAbsent(SHA256SUM, Outcome.missing("sha256sum or xargs not available"));
        return new SumResult(files, bytes, outcomes);
    }
}
