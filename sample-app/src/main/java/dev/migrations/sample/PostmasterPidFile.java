package dev.migrations.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code postmaster.pid} a PostgreSQL server leaves in its data directory, and the clean-up after an unclean
 * stop. When the JVM is killed ({@code kill -9}) its shutdown hook never runs: the server it started keeps running
 * as an orphan and holds the data directory, and after a reboot the file names a process that no longer exists.
 * {@link #clear(Path)} stops such an orphan and removes a stale file, so the next start is not blocked.
 *
 * @param file the {@code postmaster.pid} file
 * @param pid  the server process it names
 */
record PostmasterPidFile(Path file, long pid) {

    private static final Logger LOG = LoggerFactory.getLogger(PostmasterPidFile.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    /** Reads the file of a data directory, if there is one with a readable PID. */
    static Optional<PostmasterPidFile> read(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        try {
            return lines.isEmpty() ? Optional.empty() : Optional.of(new PostmasterPidFile(file,
                    Long.parseLong(lines.get(0).strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Makes the data directory startable after an unclean stop: stops a PostgreSQL server an earlier run left
     * behind, or deletes a {@code postmaster.pid} whose process is gone.
     *
     * @throws IllegalStateException when the file names a live process the OS does not describe, or the orphaned
     *                               server does not stop in time
     */
    static void clear(Path dataDirectory) throws IOException {
        Optional<PostmasterPidFile> found = read(dataDirectory);
        if (found.isEmpty()) {
            Files.deleteIfExists(dataDirectory.resolve("postmaster.pid"));
            return;
        }
        PostmasterPidFile pidFile = found.get();
        Optional<ProcessHandle> process = ProcessHandle.of(pidFile.pid()).filter(ProcessHandle::isAlive);
        if (process.isEmpty()) {
            LOG.info("removing stale {}: process {} is not running (the previous run did not stop cleanly)",
                    pidFile.file(), pidFile.pid());
            Files.deleteIfExists(pidFile.file());
            return;
        }
        ProcessHandle running = process.get();
        Optional<String> command = running.info().command();
        if (command.isEmpty()) {
            throw new IllegalStateException(pidFile.file() + " names process " + pidFile.pid() + ", which is running;"
                    + " if it is not a PostgreSQL server using " + dataDirectory + ", delete " + pidFile.file()
                    + ", otherwise stop it (kill " + pidFile.pid() + ")");
        }
        if (!isPostgres(command.get()) || !serves(running, dataDirectory)) {
            LOG.info("removing stale {}: its process {} is gone and the PID now belongs to {}", pidFile.file(),
                    pidFile.pid(), command.get());
            Files.deleteIfExists(pidFile.file());
            return;
        }
        LOG.warn("a PostgreSQL server left running by an earlier run (pid {}) still uses {}; stopping it",
                pidFile.pid(), dataDirectory);
        stop(running, pidFile);
    }

    private static boolean isPostgres(String command) {
        String name = Path.of(command).getFileName().toString().toLowerCase(Locale.ROOT);
        return name.equals("postgres") || name.equals("postgres.exe");
    }

    /** Whether the server's {@code -D} argument is this directory; true when the OS does not tell. */
    private static boolean serves(ProcessHandle process, Path dataDirectory) {
        Optional<String[]> arguments = process.info().arguments();
        if (arguments.isEmpty()) {
            return true;
        }
        String[] args = arguments.get();
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("-D")) {
                return Path.of(args[i + 1]).toAbsolutePath().normalize()
                        .equals(dataDirectory.toAbsolutePath().normalize());
            }
        }
        return true;
    }

    /** SIGTERM is PostgreSQL's smart shutdown: the orphan's clients died with the JVM, so it stops at once. */
    private static void stop(ProcessHandle process, PostmasterPidFile pidFile) {
        process.destroy();
        try {
            process.onExit().get(STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the PostgreSQL server with pid " + pidFile.pid() + " did not stop within "
                    + STOP_WAIT.toSeconds() + "s; stop it (kill " + pidFile.pid() + ") and start again", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not wait for PostgreSQL server " + pidFile.pid() + " to stop: "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping PostgreSQL server " + pidFile.pid(), e);
        }
    }
}
