package dev.migrations.core.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.Migrations;
import dev.migrations.core.MigrationsConfiguration;
import dev.migrations.core.error.FaultKind;
import dev.migrations.core.fixture.DatabaseState;
import dev.migrations.core.fixture.MigrationDir;
import dev.migrations.core.fixture.RestartableServer;
import dev.migrations.core.error.DatabaseException;
import dev.migrations.core.error.MigrationFailedException;
import dev.migrations.error.MigrationsException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Immediate shutdowns of the server at random points of a run, then a start on the same data: the run fails with
 * this library's error naming the file, and the next run converges to what an uninterrupted run produces.
 */
class ServerRestartTest {

    private static final Logger LOG = LoggerFactory.getLogger(ServerRestartTest.class);
    private static final int TRIALS = Integer.getInteger("migrations.faults.restartTrials", 20);
    private static final Set<FaultKind> CONNECTION_FAULTS = Set.of(FaultKind.CONNECTION_LOST,
            FaultKind.SESSION_TERMINATED);

    @TempDir
    Path tmp;

    @Test
    void everyRestartFailsTheRunClearlyAndTheNextRunConverges() throws Exception {
        MigrationDir dir = FaultDirectory.create(tmp.resolve("migrations"), 100_000);
        try (RestartableServer server = new RestartableServer(tmp.resolve("pgdata"))) {
            Migrations.configure().dataSource(server.newDatabase("warm_up")).directory(dir.location()).load()
                    .migrate();
            DataSource reference = server.newDatabase("reference");
            long started = System.nanoTime();
            Migrations.configure().dataSource(reference).directory(dir.location()).load().migrate();
            long runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            LOG.info("uninterrupted run: {} ms", runMillis);
            DatabaseState expected;
            try (Connection c = reference.getConnection()) {
                expected = DatabaseState.of(c);
            }
            Random random = new Random(1201L);
            List<String> problems = new ArrayList<>();
            int failedClearly = 0;
            int converged = 0;
            int repairs = 0;
            // restarts are drawn from the length of an uninterrupted run; when a run finishes before its restart,
            // runs on this machine are faster than measured, and later restarts are drawn from the shorter window
            long window = runMillis;
            long suiteStarted = System.nanoTime();
            for (int trial = 0; trial < TRIALS; trial++) {
                long delay = 10 + random.nextInt((int) window);
                String when = "trial " + trial + " (immediate shutdown after " + delay + " ms)";
                DataSource ds = server.newDatabase("restart_" + trial);
                MigrationsConfiguration config = Migrations.configure().dataSource(ds).directory(dir.location());
                CompletableFuture<?> run = CompletableFuture.supplyAsync(() -> config.load().migrate());
                Thread.sleep(delay);
                server.crashAndRestart();
                try {
                    run.get(120, TimeUnit.SECONDS);
                    window = Math.max(20, Math.min(window, delay));
                    LOG.info("{}: the run finished before the restart", when);
                } catch (ExecutionException e) {
                    LOG.info("{}: {}: {}", when, e.getCause().getClass().getSimpleName(), e.getCause().getMessage());
                    if (clear(e.getCause())) {
                        failedClearly++;
                    } else {
                        problems.add(when + ": unexpected error " + e.getCause());
                    }
                }
                try {
                    repairs += config.load().migrate().repairs().size();
                } catch (MigrationsException e) {
                    problems.add(when + ": the next run failed: " + e.getMessage());
                    continue;
                }
                DatabaseState actual;
                try (Connection c = ds.getConnection()) {
                    actual = DatabaseState.of(c);
                }
                if (actual.equals(expected)) {
                    converged++;
                } else {
                    List<String> missing = new ArrayList<>(expected.lines());
                    missing.removeAll(actual.lines());
                    List<String> extra = new ArrayList<>(actual.lines());
                    extra.removeAll(expected.lines());
                    problems.add(when + ": did not converge; missing " + missing + ", extra " + extra);
                }
            }
            String summary = "server restarts: " + TRIALS + " trials in "
                    + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - suiteStarted) + " s; " + failedClearly
                    + " interrupted runs failed with a clear error; " + repairs + " invalid index(es) rebuilt on "
                    + "resume; " + converged + " of " + TRIALS + " converged";
            LOG.info(summary);
            System.out.println(summary);
            assertThat(problems).as(summary).isEmpty();
            assertThat(converged).isEqualTo(TRIALS);
            assertThat(failedClearly).as("most restarts interrupt the run").isGreaterThan(TRIALS / 2);
        }
    }

    private static boolean clear(Throwable error) {
        String message = String.valueOf(error.getMessage());
        if (message.contains("migration engine failed") || message.contains("Unable to restore")) {
            return false;
        }
        if (error instanceof MigrationFailedException f) {
            return CONNECTION_FAULTS.contains(f.fault()) && message.contains(f.file());
        }
        if (error instanceof DatabaseException d) {
            return CONNECTION_FAULTS.contains(d.fault());
        }
        return error instanceof MigrationsException && message.contains("lost");
    }
}
