package dev.migrations.core.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.error.FaultKind;
import dev.migrations.core.fixture.DatabaseTest;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.error.LockTimeoutException;
import dev.migrations.core.error.MigrationFailedException;
import dev.migrations.core.internal.lock.MigrationLock;
import dev.migrations.error.ErrorKind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * An application shutting down interrupts its migrating thread: the statement is cancelled on the server, and a wait
 * for the migration lock ends with nothing applied and no session left behind.
 */
class InterruptedRunTest extends DatabaseTest {

    @Test
    void anInterruptedThreadCancelsItsStatementAndStopsWithAClearError() throws Exception {
        dir.file("1_a.sql", "CREATE TABLE a (n int);\n")
                .file("2_slow.sql", "INSERT INTO a VALUES (1);\nSELECT pg_sleep(60);\nINSERT INTO a VALUES (2);\n");
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread migrating = new Thread(() -> {
            try {
                config().load().migrate();
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, "migrating");
        migrating.start();
        awaitActive("SELECT pg_sleep(60)%");
        long interruptedAt = System.nanoTime();
        migrating.interrupt();
        migrating.join(20_000);

        assertThat(migrating.isAlive()).as("the thread stopped").isFalse();
        assertThat((System.nanoTime() - interruptedAt) / 1_000_000).as("ms until it stopped").isLessThan(10_000);
        assertThat(failure.get()).isInstanceOf(MigrationFailedException.class);
        MigrationFailedException failed = (MigrationFailedException) failure.get();
        assertThat(failed.fault()).isEqualTo(FaultKind.INTERRUPTED);
        assertThat(failed.file()).isEqualTo("2_slow.sql");
        assertThat(failed.statement()).isEqualTo(2);
        assertThat(failed).hasMessageContaining("interrupted").hasMessageContaining("The file was rolled back");
        assertThat(Db.value(db, "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(60)%' "
                + "AND state = 'active'")).as("the statement no longer runs on the server").isEqualTo("0");
        assertThat(Db.value(db, "SELECT count(*) FROM a")).isEqualTo("0");

        dir.file("2_slow.sql", "INSERT INTO a VALUES (1);\nINSERT INTO a VALUES (2);\n");
        assertThat(config().load().migrate().applied()).extracting(a -> a.file()).containsExactly("2_slow.sql");
    }

    @Test
    void anInterruptedWaitForTheLockStopsWithAClearErrorAndClosesItsSession() throws Exception {
        dir.file("1_a.sql", "CREATE TABLE a (n int);\n");
        List<Map<String, String>> before = Db.catalog(db);
        try (Connection holder = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                Statement st = holder.createStatement()) {
            int holderPid;
            try (ResultSet rs = st.executeQuery("SELECT pg_try_advisory_lock("
                    + MigrationLock.keyFor("public", "atlas_schema_revisions") + "), pg_backend_pid()")) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("the second session holds the lock").isTrue();
                holderPid = rs.getInt(2);
            }
            String runSessions = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                    + "AND pid <> pg_backend_pid() AND pid <> " + holderPid;
            AtomicReference<Throwable> failure = new AtomicReference<>();
            AtomicBoolean flagAfter = new AtomicBoolean();
            Thread migrating = new Thread(() -> {
                try {
                    config().lockTimeout(Duration.ofSeconds(60)).load().migrate();
                } catch (RuntimeException e) {
                    failure.set(e);
                    flagAfter.set(Thread.currentThread().isInterrupted());
                }
            }, "migrating");
            migrating.start();
            awaitSessions(runSessions + " AND query LIKE 'SELECT pg_try_advisory_lock%'", false);
            long interruptedAt = System.nanoTime();
            migrating.interrupt();
            migrating.join(20_000);

            assertThat(migrating.isAlive()).as("the thread stopped").isFalse();
            assertThat((System.nanoTime() - interruptedAt) / 1_000_000).as("ms until it stopped").isLessThan(5_000);
            assertThat(failure.get()).isInstanceOf(LockTimeoutException.class);
            LockTimeoutException failed = (LockTimeoutException) failure.get();
            assertThat(failed.kind()).isEqualTo(ErrorKind.LOCK_TIMEOUT);
            assertThat(failed.fault()).isEqualTo(FaultKind.INTERRUPTED);
            assertThat(failed.holder()).hasValueSatisfying(h -> assertThat(h.pid()).isEqualTo(holderPid));
            assertThat(failed).hasMessageContaining("the wait for the migration lock on "
                    + "\"public\".\"atlas_schema_revisions\" was interrupted")
                    .hasMessageContaining("held by pid " + holderPid).hasMessageContaining("Nothing was applied");
            assertThat(flagAfter.get()).as("the interrupt flag is set again").isTrue();
            awaitSessions(runSessions, true);
            assertThat(Db.catalog(db)).isEqualTo(before);
        }
        assertThat(config().load().migrate().applied()).hasSize(1);
    }

    /** Waits until the count {@code sql} returns is non-zero (or zero, when {@code none}). */
    private void awaitSessions(String sql, boolean none) throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            if ("0".equals(Db.value(db, sql)) == none) {
                return;
            }
            Thread.sleep(25);
        }
        throw new AssertionError((none ? "sessions left behind: " : "no session: ") + sql);
    }

    private void awaitActive(String pattern) throws InterruptedException {
        for (int i = 0; i < 400; i++) {
            if (!"0".equals(Db.value(db, "SELECT count(*) FROM pg_stat_activity WHERE query LIKE '" + pattern
                    + "' AND state = 'active'"))) {
                return;
            }
            Thread.sleep(25);
        }
        throw new AssertionError("the statement " + pattern + " never ran");
    }
}
