package dev.migrations.core.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.core.Migrations;
import dev.migrations.core.MigrationsConfiguration;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.fixture.MigrationDir;
import dev.migrations.core.error.LockTimeoutException;
import dev.migrations.core.internal.lock.MigrationLock;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run-wide lock: waits, times out naming the holder, is per revisions table, and is freed after failures. */
class LockTest {

    @TempDir
    Path tmp;
    MigrationDir dir;
    TestDatabase db;

    @BeforeEach
    void setUp() {
        dir = new MigrationDir(tmp).file("1_a.sql", "CREATE TABLE a (id int);\n")
                .file("2_slow.sql", "SELECT pg_sleep(0.5);\nCREATE TABLE b (id int);\n");
        db = TestPostgres.newDatabase();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private MigrationsConfiguration config(String schema) {
        return Migrations.configure().dataSource(db.dataSource()).directory(dir.location()).schema(schema);
    }

    private Connection holder(String schema) throws Exception {
        Properties props = new Properties();
        props.setProperty("user", db.user());
        props.setProperty("ApplicationName", "orders-api-7");
        Connection c = DriverManager.getConnection(db.jdbcUrl(), props);
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            ps.setLong(1, MigrationLock.keyFor(schema, "atlas_schema_revisions"));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getBoolean(1)).isTrue();
            }
        }
        return c;
    }

    private static int pid(Connection c) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void aTimeoutNamesTheHolderAndChangesNothing() throws Exception {
        try (Connection held = holder("public")) {
            List<Map<String, String>> before = Db.catalog(db);

            assertThatThrownBy(() -> config("public").lockTimeout(Duration.ofSeconds(1)).load().migrate())
                    .isInstanceOf(LockTimeoutException.class)
                    .hasMessageContaining("timed out after 1s waiting for the migration lock on "
                            + "\"public\".\"atlas_schema_revisions\"")
                    .hasMessageContaining("held by pid " + pid(held))
                    .hasMessageContaining("or raise the lock timeout (lockTimeout(Duration))")
                    .hasMessageContaining("application_name 'orders-api-7'")
                    .hasMessageContaining("client 127.0.0.1")
                    .hasMessageContaining("If that instance hangs, stop the instance itself: its lock ends with it. "
                            + "Ending only pid " + pid(held) + " (its lock session) would let another run start");
            assertThat(Db.catalog(db)).isEqualTo(before);
        }
    }

    @Test
    void aWaitingRunProceedsWhenTheHolderLetsGo() throws Exception {
        Connection held = holder("public");
        CompletableFuture<MigrateResult> waiting = CompletableFuture.supplyAsync(
                () -> config("public").lockTimeout(Duration.ofSeconds(30)).load().migrate());
        Thread.sleep(700);
        assertThat(waiting).isNotDone();
        held.close();

        assertThat(waiting.get(30, TimeUnit.SECONDS).applied()).hasSize(2);
    }

    @Test
    void replicasThatWaitedFindNothingPending() throws Exception {
        CompletableFuture<MigrateResult> first = CompletableFuture.supplyAsync(() -> config("public").load().migrate());
        CompletableFuture<MigrateResult> second = CompletableFuture.supplyAsync(() -> config("public").load().migrate());

        List<Integer> applied = List.of(first.get(30, TimeUnit.SECONDS).applied().size(),
                second.get(30, TimeUnit.SECONDS).applied().size());

        assertThat(applied).containsExactlyInAnyOrder(2, 0);
    }

    @Test
    void schemasLockIndependently() throws Exception {
        try (Connection held = holder("tenant_a")) {
            MigrateResult other = config("tenant_b").lockTimeout(Duration.ofSeconds(2)).load().migrate();

            assertThat(other.applied()).hasSize(2);
        }
    }

    @Test
    void theLockIsFreeAfterAFailedRun() {
        dir.file("3_bad.sql", "INSERT INTO missing VALUES (1);\n");

        assertThatThrownBy(() -> config("public").load().migrate()).hasMessageContaining("3_bad.sql");
        assertThat(Db.value(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).isEqualTo("0");
    }
}
