package dev.migrations.core.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.Migrations;
import dev.migrations.core.MigrationsConfiguration;
import dev.migrations.core.error.FaultKind;
import dev.migrations.core.fixture.CuttingProxy;
import dev.migrations.core.fixture.DatabaseState;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.fixture.MigrationDir;
import dev.migrations.core.error.LockLostException;
import dev.migrations.core.error.DatabaseException;
import dev.migrations.core.error.MigrationFailedException;
import dev.migrations.error.MigrationsException;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
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
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Connections cut by a proxy at a random byte of a run (and, to land inside long statements, at a random moment):
 * every interrupted run ends with this library's error naming what it was doing, and the next run, direct, converges
 * to what an uninterrupted run produces: same catalog, same rows, no invalid index, revisions and journal in step.
 */
class ConnectionCutTest {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionCutTest.class);
    private static final int BYTE_TRIALS = Integer.getInteger("migrations.faults.byteTrials", 100);
    private static final int TIME_TRIALS = Integer.getInteger("migrations.faults.timeTrials", 20);
    private static final int BIG_ROWS = 100_000;
    private static final Set<FaultKind> CONNECTION_FAULTS = Set.of(FaultKind.CONNECTION_LOST,
            FaultKind.SESSION_TERMINATED);

    @TempDir
    Path tmp;

    @Test
    void everyCutRunFailsClearlyAndTheNextRunConverges() throws Exception {
        MigrationDir dir = FaultDirectory.create(tmp, BIG_ROWS);
        DatabaseState expected;
        long totalBytes;
        long runMillis;
        try (TestDatabase reference = TestPostgres.newDatabase();
                CuttingProxy measuring = new CuttingProxy(reference.server().host(), reference.server().port(), false)) {
            long started = System.nanoTime();
            Migrations.configure().dataSource(through(measuring, reference)).directory(dir.location()).load().migrate();
            runMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
            totalBytes = measuring.bytes();
            try (Connection c = reference.connect()) {
                expected = DatabaseState.of(c);
            }
        }
        assertThat(expected.invalidIndexes()).isEmpty();
        LOG.info("uninterrupted run: {} bytes through the proxy in {} ms", totalBytes, runMillis);

        Random random = new Random(20261201L);
        Tally tally = new Tally();
        long started = System.nanoTime();
        for (int trial = 0; trial < BYTE_TRIALS + TIME_TRIALS; trial++) {
            boolean byBytes = trial < BYTE_TRIALS;
            long at = byBytes ? 1 + (long) (random.nextDouble() * totalBytes) : 20 + random.nextInt((int) runMillis);
            boolean refuseAfterCut = trial % 2 == 1;
            String when = "trial " + trial + " (" + (byBytes ? "cut at byte " + at + " of " + totalBytes
                    : "cut after " + at + " ms") + (refuseAfterCut ? ", network stays down" : ", network blip") + ")";
            tally.add(runTrial(dir, expected, byBytes, at, refuseAfterCut, when));
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        String summary = "connection cuts: " + tally.trials + " trials (" + BYTE_TRIALS + " at a random byte, "
                + TIME_TRIALS + " at a random moment) in " + seconds + " s; " + tally.failedClearly
                + " interrupted runs failed with a clear error, " + tally.completedBeforeCut + " finished before the "
                + "cut; " + tally.repairs + " invalid index(es) rebuilt on resume; " + tally.converged + " of "
                + tally.trials + " converged";
        LOG.info(summary);
        System.out.println(summary);
        assertThat(tally.problems).as(summary).isEmpty();
        assertThat(tally.converged).isEqualTo(tally.trials);
        assertThat(tally.failedClearly).as("most cuts interrupt the run").isGreaterThan(tally.trials / 2);
    }

    private Outcome runTrial(MigrationDir dir, DatabaseState expected, boolean byBytes, long at,
            boolean refuseAfterCut, String when) throws Exception {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            if (serverMajor(db) >= 14) {
                // the server notices a vanished client during a long statement, as a production server with this
                // setting does: an interrupted concurrent build leaves its invalid index behind
                Db.exec(db, "ALTER DATABASE " + db.name() + " SET client_connection_check_interval = '50ms'");
            }
            MigrationsConfiguration direct = Migrations.configure().dataSource(db.dataSource())
                    .directory(dir.location());
            List<String> problems = new ArrayList<>();
            boolean failedClearly = false;
            try (CuttingProxy proxy = new CuttingProxy(db.server().host(), db.server().port(), refuseAfterCut)) {
                MigrationsConfiguration cut = Migrations.configure().dataSource(through(proxy, db))
                        .directory(dir.location());
                if (byBytes) {
                    proxy.cutAfter(at);
                }
                CompletableFuture<?> run = CompletableFuture.supplyAsync(() -> cut.load().migrate());
                if (!byBytes) {
                    try {
                        run.get(at, TimeUnit.MILLISECONDS);
                    } catch (java.util.concurrent.TimeoutException e) {
                        proxy.cutNow();
                    } catch (ExecutionException e) {
                        // judged below
                    }
                }
                try {
                    run.get(120, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    failedClearly = judge(e.getCause(), when, problems);
                }
            }
            awaitOrphansGone(db, when);
            int repairs;
            try {
                repairs = direct.load().migrate().repairs().size();
            } catch (MigrationsException e) {
                problems.add(when + ": the next run failed: " + e.getMessage());
                return new Outcome(failedClearly, false, 0, problems);
            }
            DatabaseState actual;
            try (Connection c = db.connect()) {
                actual = DatabaseState.of(c);
            }
            boolean converged = actual.equals(expected);
            if (!converged) {
                List<String> missing = new ArrayList<>(expected.lines());
                missing.removeAll(actual.lines());
                List<String> extra = new ArrayList<>(actual.lines());
                extra.removeAll(expected.lines());
                problems.add(when + ": did not converge; missing " + missing + ", extra " + extra);
            }
            List<String> statusProblems = direct.load().status().problems();
            if (!statusProblems.isEmpty()) {
                problems.add(when + ": status reports problems after the next run: " + statusProblems);
            }
            return new Outcome(failedClearly, converged && statusProblems.isEmpty(), repairs, problems);
        }
    }

    /** Whether the error is this library's clear one for a lost connection; records what is wrong otherwise. */
    private static boolean judge(Throwable error, String when, List<String> problems) {
        String message = String.valueOf(error.getMessage());
        LOG.info("{}: {}: {}", when, error.getClass().getSimpleName(), message);
        if (!(error instanceof MigrationsException)) {
            problems.add(when + ": not a MigrationsException: " + error);
            return false;
        }
        if (message.contains("migration engine failed") || message.contains("Unable to restore")
                || message.contains("database error:")) {
            problems.add(when + ": the engine's raw error: " + message);
            return false;
        }
        boolean clear;
        if (error instanceof MigrationFailedException f) {
            clear = CONNECTION_FAULTS.contains(f.fault()) && message.contains(f.file())
                    && message.contains("apply again");
        } else if (error instanceof DatabaseException d) {
            // before the first file: nothing was applied; after the last one: the final flushing commit was cut
            clear = CONNECTION_FAULTS.contains(d.fault()) && message.contains("apply again")
                    && (message.contains("Nothing was applied") || message.contains("reach the server's disk"));
        } else {
            clear = error instanceof LockLostException;
        }
        if (!clear) {
            problems.add(when + ": unexpected error " + error.getClass().getSimpleName() + ": " + message);
        }
        return clear;
    }

    /** Waits until no session of the proxied run is left on the server (a cut backend may still finish a statement). */
    static void awaitOrphansGone(TestDatabase db, String when) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            String others = Db.value(db, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND pid <> pg_backend_pid()");
            if ("0".equals(others)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError(when + ": sessions of the interrupted run are still open after 60 s");
    }

    static int serverMajor(TestDatabase db) {
        return Integer.parseInt(Db.value(db, "SELECT current_setting('server_version_num')")) / 10000;
    }

    private static DataSource through(CuttingProxy proxy, TestDatabase db) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl("jdbc:postgresql://127.0.0.1:" + proxy.port() + "/" + db.name());
        ds.setUser(db.user());
        ds.setPassword(db.password());
        ds.setConnectTimeout(5);
        return ds;
    }

    private record Outcome(boolean failedClearly, boolean converged, int repairs, List<String> problems) {
    }

    private static final class Tally {
        int trials;
        int failedClearly;
        int completedBeforeCut;
        int converged;
        int repairs;
        final List<String> problems = new ArrayList<>();

        void add(Outcome o) {
            trials++;
            if (o.failedClearly()) {
                failedClearly++;
            } else if (o.problems().isEmpty()) {
                completedBeforeCut++;
            }
            if (o.converged()) {
                converged++;
            }
            repairs += o.repairs();
            problems.addAll(o.problems());
        }
    }

}
