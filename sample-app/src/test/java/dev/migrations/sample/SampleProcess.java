package dev.migrations.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code java -jar target/sample-app.jar} as a child process; its output (stdout and stderr) collected. */
final class SampleProcess implements AutoCloseable {

    private final Process process;
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;

    private SampleProcess(Process process) {
        this.process = process;
        reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                in.lines().forEach(line -> output.append(line).append('\n'));
            } catch (IOException e) {
                output.append("(output lost: ").append(e).append(")\n");
            }
        }, "sample-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** Starts the packaged jar with these environment variables (nothing inherited that names a database). */
    static SampleProcess start(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.contains("DATABASE_URL")
                || name.equals("MIGRATIONS_SAMPLE_DATA") || name.equals("PORT"));
        builder.environment().putAll(env);
        return new SampleProcess(builder.start());
    }

    /** The jar the build packaged ({@code sample.jar}, set by the failsafe plugin). */
    static Path jar() {
        Path jar = Path.of(System.getProperty("sample.jar", "target/sample-app.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new AssertionError(jar + " does not exist: these tests run after 'package' (mvn verify)");
        }
        return jar;
    }

    /** Waits for the process to exit and returns its exit code. */
    int waitForExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new AssertionError("still running after " + timeout + ":\n" + output);
        }
        drain();
        return process.exitValue();
    }

    /** Waits until the output contains {@code text}. */
    void awaitOutput(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!output.toString().contains(text)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("no '" + text + "' in the output:\n" + output);
            }
            Thread.sleep(100);
        }
    }

    /** Kills the JVM as {@code kill -9} does: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** The first number that follows {@code prefix} in the output. */
    int numberAfter(String prefix) {
        String text = output();
        int at = text.indexOf(prefix);
        if (at < 0) {
            throw new AssertionError("no '" + prefix + "' in the output:\n" + text);
        }
        int start = at + prefix.length();
        int end = start;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return Integer.parseInt(text.substring(start, end));
    }

    String output() {
        return output.toString();
    }

    /**
     * Stops the process if it still runs (SIGTERM: its shutdown hook runs). Through the process handle, because
     * {@link Process#destroy()} also closes the streams, and the lines the shutdown logs would be lost.
     */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.toHandle().destroy();
            try {
                process.waitFor(30, TimeUnit.SECONDS);
                drain();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Waits until the reader has read the exited process's last line (end of its output, or 5 s at most). */
    private void drain() throws InterruptedException {
        reader.join(5_000);
    }
}
