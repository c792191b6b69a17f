package dev.migrations.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code sha256sum} over the same files, through {@code xargs -0} (names from a list file, so no argument limit is
 * hit): the reference for reading and hashing a directory with a native tool.
 */
final class Sha256sumRunner {

    private final Path list;
    private final Duration limit;

    private Sha256sumRunner(Path list, Duration limit) {
        this.list = list;
        this.limit = limit;
    }

    /**
     * Prepares a run over {@code files} of {@code directory}; the name list is written to {@code list}.
     */
    static Sha256sumRunner prepare(Path directory, List<String> files, Path list, Duration limit) throws IOException {
        try (OutputStream out = Files.newOutputStream(list)) {
            for (String file : files) {
                out.write(directory.resolve(file).toAbsolutePath().toString().getBytes(StandardCharsets.UTF_8));
                out.write(0);
            }
        }
        return new Sha256sumRunner(list, limit);
    }

    /** Whether {@code xargs} and {@code sha256sum} run here. */
    static boolean available(Duration limit) {
        try {
            return BoundedProcess.run(List.of("sha256sum", "--version"), Map.of(), Optional.empty(), limit)
                    .exitCode() == 0
                    && BoundedProcess.run(List.of("xargs", "--version"), Map.of(), Optional.empty(), limit)
                    .exitCode() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Hashes every file once; returns the wall time in nanoseconds. */
    long run() throws IOException, InterruptedException {
        ProcessResult result = BoundedProcess.run(List.of("xargs", "-0", "sha256sum"), Map.of(), Optional.of(list),
                limit);
        if (result.exitCode() != 0) {
            throw new IOException("xargs sha256sum exited with " + result.exitCode() + ": " + result.output());
        }
        return result.wallNanos();
    }
}
