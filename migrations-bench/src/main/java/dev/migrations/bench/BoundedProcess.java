package dev.migrations.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs one external process with a time limit. Output (stdout and stderr merged) goes to a temporary file, so no
 * pipe can block the process and reading it costs nothing while the clock runs. On time-out, and if this JVM is
 * shut down meanwhile, the process and its descendants are killed.
 */
final class BoundedProcess {

    private static final int OUTPUT_TAIL = 16 * 1024;

    private BoundedProcess() {
    }

    /**
     * Starts {@code command} and waits for it.
     *
     * @param env   variables added to this JVM's environment
     * @param stdin a file to feed to standard input, if any
     * @throws IOException when it cannot start, or runs longer than {@code limit} (it is then killed)
     */
    static ProcessResult run(List<String> command, Map<String, String> env, Optional<Path> stdin, Duration limit)
            throws IOException, InterruptedException {
        Path log = Files.createTempFile("migrations-bench-", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            stdin.ifPresent(file -> builder.redirectInput(file.toFile()));
            long started = System.nanoTime();
            Process process = builder.start();
            Thread killer = new Thread(() -> kill(process), "kill-" + process.pid());
            Runtime.getRuntime().addShutdownHook(killer);
            try {
                if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                    kill(process);
                    throw new IOException(command.get(0) + " ran longer than " + limit.toSeconds()
                            + " s and was killed; output ends with: " + tail(log));
                }
                long wall = System.nanoTime() - started;
                return new ProcessResult(process.exitValue(), wall, tail(log));
            } finally {
                kill(process);
                try {
                    Runtime.getRuntime().removeShutdownHook(killer);
                } catch (IllegalStateException shuttingDown) {
                    // the hook is running or about to
                }
            }
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    private static String tail(Path log) throws IOException {
        byte[] bytes = Files.readAllBytes(log);
        int from = Math.max(0, bytes.length - OUTPUT_TAIL);
        return new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8);
    }
}
