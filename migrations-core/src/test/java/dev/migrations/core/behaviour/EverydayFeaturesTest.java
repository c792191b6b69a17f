package dev.migrations.core.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.core.MigrationListener;
import dev.migrations.core.Migrations;
import dev.migrations.core.fixture.DatabaseTest;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.result.AppliedFile;
import dev.migrations.core.result.DryRunResult;
import dev.migrations.core.error.MigrationFailedException;
import dev.migrations.error.MigrationsException;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dry runs, statement timeouts, pooler refusal, listeners and no-transaction statement detection. */
class EverydayFeaturesTest extends DatabaseTest {

    @BeforeEach
    void setUp() {
        dir
                .file("1_users.sql", "CREATE TABLE users (id int PRIMARY KEY);\nINSERT INTO users VALUES (1);\n")
                .file("2_idx.sql", "-- atlas:txmode none\n\nCREATE INDEX CONCURRENTLY users_id ON users (id);\n");
    }

    @Test
    void dryRunListsEveryStatementAndChangesNothing() {
        List<Map<String, String>> before = Db.catalog(db);

        DryRunResult plan = config().load().dryRun();

        assertThat(plan.files()).extracting(f -> f.file()).containsExactly("1_users.sql", "2_idx.sql");
        assertThat(plan.files().get(0).statements())
                .containsExactly("CREATE TABLE users (id int PRIMARY KEY)", "INSERT INTO users VALUES (1)");
        assertThat(plan.files().get(0).transactional()).isTrue();
        assertThat(plan.files().get(1).transactional()).isFalse();
        assertThat(Db.catalog(db)).isEqualTo(before);
    }

    @Test
    void dryRunWithBaselineWritesNoBaselineRow() {
        Db.exec(db, "CREATE TABLE users (id int PRIMARY KEY)");
        List<Map<String, String>> before = Db.catalog(db);

        DryRunResult plan = config().baselineVersion("1").load().dryRun();

        assertThat(plan.baselineVersion()).contains("1");
        assertThat(plan.files()).extracting(f -> f.version()).containsExactly("2");
        assertThat(Db.catalog(db)).isEqualTo(before);
    }

    @Test
    void aListenerHearsEveryFileInOrder() {
        List<String> heard = new ArrayList<>();
        config().listener(new MigrationListener() {
            @Override
            public void fileApplied(AppliedFile file, int number, int pending) {
                heard.add(number + "/" + pending + " " + file.file());
            }
        }).load().migrate();

        assertThat(heard).containsExactly("1/2 1_users.sql", "2/2 2_idx.sql");
    }

    @Test
    void aStatementWaitingOnALockFailsAfterTheStatementLockTimeout() throws Exception {
        config().load().migrate();
        dir.file("3_alter.sql", "ALTER TABLE users ADD COLUMN name text;\n");
        try (Connection blocker = db.connect(); Statement st = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            st.execute("LOCK TABLE users IN ACCESS SHARE MODE");

            assertThatThrownBy(() -> config().statementLockTimeout(Duration.ofMillis(300)).load().migrate())
                    .isInstanceOf(MigrationFailedException.class)
                    .hasMessageContaining("3_alter.sql (version 3) failed at statement 1 of 1")
                    .hasMessageContaining("lock timeout")
                    .hasMessageContaining("SQLSTATE 55P03")
                    .hasMessageContaining("300 ms");
            blocker.rollback();
        }
        assertThat(config().load().migrate().applied()).extracting(a -> a.file()).containsExactly("3_alter.sql");
    }

    @Test
    void aLongStatementFailsAfterTheStatementTimeout() {
        config().load().migrate();
        dir.file("3_slow.sql", "SELECT pg_sleep(5);\n");

        assertThatThrownBy(() -> config().statementTimeout(Duration.ofMillis(200)).load().migrate())
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("SQLSTATE 57014")
                .hasMessageContaining("statement timeout (200 ms)");
    }

    @Test
    void aTransactionModePoolerUrlIsRefusedBeforeConnecting() {
        assertThatThrownBy(() -> Migrations.configure().url("postgres://u:pw@127.0.0.1:6543/db")
                .directory(dir.location()).load().migrate())
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining("port 6543")
                .hasMessageContaining("DIRECT_DATABASE_URL")
                .hasMessageContaining("allowPooler(true)");
        assertThatThrownBy(() -> Migrations.configure().url("postgres://u:pw@127.0.0.1:1/db?pgbouncer=true")
                .directory(dir.location()).load().migrate())
                .hasMessageContaining("pgbouncer=true");
    }

    @Test
    void aConcurrentIndexInATransactionalFileIsCaughtBeforeAnythingRuns() {
        dir.file("3_bad.sql", "CREATE TABLE t (id int);\nCREATE INDEX CONCURRENTLY t_id ON t (id);\n");
        List<Map<String, String>> before = Db.catalog(db);

        assertThatThrownBy(() -> config().load().migrate())
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining("3_bad.sql (version 3) line 2: CREATE INDEX CONCURRENTLY cannot run inside a "
                        + "transaction")
                .hasMessageContaining("-- atlas:txmode none");
        assertThat(Db.catalog(db)).isEqualTo(before);
    }
}
