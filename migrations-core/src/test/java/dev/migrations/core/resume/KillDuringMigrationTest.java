package dev.migrations.core.resume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.Migrations;
import dev.migrations.core.concurrency.BootMain;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.fixture.MigrationDir;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * kill -9 of the migrating process at random points, 20 times, and the same with SIGTERM (the JVM runs its shutdown
 * hooks and exits while the migration runs): afterwards no transactional file is half-applied,
 * a no-transaction file has exactly as many statements applied as its revision counts, the lock is free, and the
 * next run completes without running anything twice (a unique constraint would fail on a repeated insert).
 */
class KillDuringMigrationTest {

    private static final int TRIALS = 20;
    private static final int ROWS = 25;

    @TempDir
    Path tmp;
    MigrationDir dir;

    @BeforeEach
    void setUp() {
        dir = new MigrationDir(tmp).file("1_base.sql", "CREATE TABLE log (n int PRIMARY KEY);\n")
                .file("2_tx.sql", inserts(100, false))
                .file("3_notx.sql", "-- atlas:txmode none\n\n" + inserts(200, true)
                        + "CREATE INDEX CONCURRENTLY IF NOT EXISTS log_n_desc ON log (n DESC);\n")
                .file("4_tx.sql", inserts(300, false));
    }

    private static String inserts(int first, boolean withIndex) {
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < ROWS; i++) {
            sql.append("INSERT INTO log VALUES (").append(first + i).append(");\nSELECT pg_sleep(0.01);\n");
        }
        return sql.toString();
    }

    @ParameterizedTest(name = "SIGTERM instead of SIGKILL: {0}")
    @ValueSource(booleans = {false, true})
    void everyCrashLeavesAConsistentDatabaseThatTheNextRunCompletes(boolean sigterm) throws Exception {
        Random random = new Random(42);
        int partialHits = 0;
        for (int trial = 0; trial < TRIALS; trial++) {
            try (TestDatabase db = TestPostgres.newDatabase()) {
                long delay = 400 + random.nextInt(1800);
                Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), BootMain.class.getName(), db.jdbcUrl(),
                        db.user(), dir.location(), "-").redirectErrorStream(true)
                        .redirectOutput(tmp.resolve("out.txt").toFile()).start();
                boolean finishedFirst = p.waitFor(delay, TimeUnit.MILLISECONDS);
                if (!finishedFirst) {
                    if (sigterm) {
                        p.destroy();
                    } else {
                        p.destroyForcibly();
                    }
                    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
                }
                String when = "trial " + trial + " (" + (sigterm ? "SIGTERM" : "kill -9") + " after " + delay
                        + " ms)";
                awaitNoAdvisoryLocks(db, when);

                assertWholeOrNothing(db, 100, "2", when);
                assertWholeOrNothing(db, 300, "4", when);
                long noTxRows = count(db, "SELECT count(*) FROM log WHERE n BETWEEN 200 AND 299");
                Map<String, String> noTx = revision(db, "3");
                long applied = noTx == null ? 0 : Math.min(Long.parseLong(noTx.get("applied")), 2L * ROWS);
                assertThat(noTxRows).as(when + ": rows of the no-transaction file = inserts among its applied "
                        + "statements").isEqualTo((applied + 1) / 2);
                if (noTx != null && !noTx.get("applied").equals(noTx.get("total"))) {
                    partialHits++;
                }

                MigrateResult next = Migrations.configure().dataSource(db.dataSource()).directory(dir.location())
                        .load().migrate();
                assertThat(count(db, "SELECT count(*) FROM log")).as(when + " then " + next).isEqualTo(3L * ROWS);
                assertThat(Db.value(db, "SELECT count(*) FROM atlas_schema_revisions WHERE applied = total "
                        + "AND error IS NULL")).as(when).isEqualTo("4");
                assertThat(Db.value(db, "SELECT count(*) FROM migrations_journal WHERE success")).as(when)
                        .isEqualTo("4");
                assertThat(Migrations.configure().dataSource(db.dataSource()).directory(dir.location()).load()
                        .status().problems()).as(when).isEmpty();
            }
        }
        System.out.println((sigterm ? "SIGTERM" : "kill -9") + " trials: " + TRIALS + ", killed inside the no-transaction file: " + partialHits);
    }

    private static void assertWholeOrNothing(TestDatabase db, int first, String version, String when) {
        long rows = count(db, "SELECT count(*) FROM log WHERE n BETWEEN " + first + " AND " + (first + 99));
        assertThat(rows).as(when + ": rows of transactional file " + version).isIn(0L, (long) ROWS);
        Map<String, String> r = revision(db, version);
        assertThat(r != null).as(when + ": revision of file " + version + " iff its rows").isEqualTo(rows == ROWS);
    }

    private static Map<String, String> revision(TestDatabase db, String version) {
        if (count(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'atlas_schema_revisions'") == 0) {
            return null;
        }
        var rows = Db.rows(db, "SELECT applied, total FROM atlas_schema_revisions WHERE version = '" + version + "'");
        return rows.isEmpty() ? null : rows.get(0);
    }

    private static long count(TestDatabase db, String sql) {
        if (sql.contains(" FROM log") && Long.parseLong(Db.value(db,
                "SELECT count(*) FROM pg_tables WHERE tablename = 'log'")) == 0) {
            return 0;
        }
        return Long.parseLong(Db.value(db, sql));
    }

    private static void awaitNoAdvisoryLocks(TestDatabase db, String when) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (count(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'") == 0) {
                return;
            }
            Thread.sleep(50);
        }
        assertThat(count(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).as(when + ": lock free")
                .isZero();
    }
}
