package dev.migrations.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The physical floor: the workload's script in ONE {@code psql -X -q -v ON_ERROR_STOP=1 -f script} session against
 * the same server, in autocommit mode ({@code psql}) or as one transaction ({@code psql -1}, the floor on a server
 * that flushes every commit). A script with statements that cannot run in a transaction block is measured in
 * autocommit mode only.
 */
final class PsqlRunner implements Applier {

    static final String LABEL = "psql";
    static final String ONE_TRANSACTION_LABEL = "psql -1";

    private final Path psql;
    private final Duration limit;
    private final boolean oneTransaction;

    private PsqlRunner(Path psql, Duration limit, boolean oneTransaction) {
        this.psql = psql;
        this.limit = limit;
        this.oneTransaction = oneTransaction;
    }

    /** The same {@code psql}, running the whole script as one transaction ({@code -1}). */
    PsqlRunner inOneTransaction() {
        return new PsqlRunner(psql, limit, true);
    }

    /** A runner for the {@code psql} found on the PATH, if there is one. */
    static Optional<PsqlRunner> find(Duration limit) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, "psql");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(new PsqlRunner(candidate, limit, false));
            }
        }
        return Optional.empty();
    }

    /** {@code psql --version}. */
    String version() throws IOException, InterruptedException {
        return BoundedProcess.run(List.of(psql.toString(), "--version"), Map.of(), Optional.empty(), limit)
                .output().strip();
    }

    @Override
    public String label() {
        return oneTransaction ? ONE_TRANSACTION_LABEL : LABEL;
    }

    @Override
    public int apply(Workload workload, BenchDatabase database) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(psql.toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1"));
        if (oneTransaction) {
            command.add("-1");
        }
        command.addAll(List.of("-f", workload.psqlScript().toAbsolutePath().toString(), "-d", database.libpq()));
        ProcessResult result = BoundedProcess.run(command,
                database.password().isEmpty() ? Map.of() : Map.of("PGPASSWORD", database.password()),
                Optional.empty(), limit);
        if (result.exitCode() != 0) {
            throw new IOException("psql exited with " + result.exitCode() + ": " + errors(result.output()));
        }
        return workload.files();
    }

    /** psql's error lines (it also prints notices and query results), or the whole output when there are none. */
    private static String errors(String output) {
        String errors = output.lines().filter(l -> l.contains("ERROR:") || l.contains("FATAL:")).collect(Collectors.joining(" / "));
        return errors.isEmpty() ? output.strip() : errors;
    }
}
