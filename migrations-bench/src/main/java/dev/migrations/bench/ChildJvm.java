package dev.migrations.bench;

import dev.migrations.sql.dir.DirectoryFormat;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs one operation in a fresh JVM ({@link ChildMain}) with this JVM's class path and a fixed {@code -Xmx}, and
 * returns its report with the wall time of the whole process.
 */
final class ChildJvm {

    /** Environment variable carrying the database password to the child (kept off the command line). */
    static final String PASSWORD_ENV = "MIGRATIONS_BENCH_CHILD_PASSWORD";

    private final String xmx;
    private final Duration limit;

    ChildJvm(String xmx, Duration limit) {
        this.xmx = xmx;
        this.limit = limit;
    }

    /** The {@code -Xmx} every child gets. */
    String xmx() {
        return xmx;
    }

    /** {@code migrate} with our library ({@link OursRunner#LABEL}) or Flyway on one database. */
    ChildReport migrate(String tool, Workload workload, BenchDatabase database)
            throws IOException, InterruptedException {
        Path dir = tool.equals(OursRunner.LABEL) ? workload.oursDir() : workload.flywayDir();
        return run(List.of("migrate", tool, dir.toAbsolutePath().toString(), workload.oursFormat().cliName(),
                database.jdbcUrl(), database.user()), Map.of(PASSWORD_ENV, database.password()));
    }

    /** Reads a directory and verifies its {@code atlas.sum} with our library. */
    ChildReport verify(Path directory, DirectoryFormat format) throws IOException, InterruptedException {
        return run(List.of("verify", directory.toAbsolutePath().toString(), format.cliName()), Map.of());
    }

    private ChildReport run(List<String> arguments, Map<String, String> env) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + xmx);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ChildMain.class.getName());
        command.addAll(arguments);
        ProcessResult result = BoundedProcess.run(command, env, Optional.empty(), limit);
        if (result.exitCode() != 0) {
            throw new IOException("child JVM (" + String.join(" ", arguments.subList(0, 2)) + ") exited with "
                    + result.exitCode() + ": " + result.output().strip());
        }
        return ChildReport.parse(result.output(), result.wallNanos());
    }
}
