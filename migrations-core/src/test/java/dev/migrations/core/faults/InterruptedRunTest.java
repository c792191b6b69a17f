package dev.migrations.core.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.error.FaultKind;
import dev.migrations.core.fixture.DatabaseTest;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.error.MigrationFailedException;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** An application shutting down interrupts its migrating thread: the statement is cancelled on the server. */
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
