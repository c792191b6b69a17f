package dev.migrations.core.resume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.Migrations;
import dev.migrations.core.MigrationsConfiguration;
import dev.migrations.core.error.FaultKind;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.fixture.MigrationDir;
import dev.migrations.core.error.MigrationFailedException;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The migrating backend is terminated mid-file: a clear error, nothing recorded that did not happen, a retry completes. */
class LostConnectionTest {

    @TempDir
    Path tmp;

    @Test
    void aTerminatedBackendFailsTheRunCleanlyAndARetryCompletes() throws Exception {
        MigrationDir dir = new MigrationDir(tmp).file("1_a.sql", "CREATE TABLE a (n int PRIMARY KEY);\n")
                .file("2_slow.sql", "INSERT INTO a VALUES (1);\nSELECT pg_sleep(30);\nINSERT INTO a VALUES (2);\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            MigrationsConfiguration config = Migrations.configure().dataSource(db.dataSource())
                    .directory(dir.location());
            CompletableFuture<?> run = CompletableFuture.supplyAsync(() -> config.load().migrate());
            String pid = null;
            for (int i = 0; i < 200 && pid == null; i++) {
                Thread.sleep(50);
                pid = Db.value(db, "SELECT pid FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(30)%' "
                        + "AND state = 'active'");
            }
            assertThat(pid).as("the migrating backend was found").isNotNull();
            Db.exec(db, "SELECT pg_terminate_backend(" + pid + ")");

            Throwable failure = null;
            try {
                run.get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                failure = e.getCause();
            }
            assertThat(failure).isInstanceOf(MigrationFailedException.class);
            assertThat(((MigrationFailedException) failure).fault()).isEqualTo(FaultKind.SESSION_TERMINATED);
            assertThat(failure).hasMessageContaining("2_slow.sql (version 2) failed at statement 2 of 3, line 2")
                    .hasMessageContaining("terminat")
                    .hasMessageContaining("The file was rolled back");
            assertThat(Db.value(db, "SELECT count(*) FROM a")).isEqualTo("0");
            assertThat(Db.rows(db, "SELECT version FROM atlas_schema_revisions")).extracting(r -> r.get("version"))
                    .containsExactly("1");
            assertThat(Db.value(db, "SELECT count(*) FROM migrations_journal WHERE version = '2'")).isEqualTo("0");
            assertThat(Db.value(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).isEqualTo("0");

            dir.file("2_slow.sql", "INSERT INTO a VALUES (1);\nINSERT INTO a VALUES (2);\n");
            assertThat(config.load().migrate().applied()).extracting(a -> a.file()).containsExactly("2_slow.sql");
            assertThat(Db.value(db, "SELECT count(*) FROM a")).isEqualTo("2");
        }
    }
}
