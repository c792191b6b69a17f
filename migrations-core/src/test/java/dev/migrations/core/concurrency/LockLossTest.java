package dev.migrations.core.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.fixture.DatabaseTest;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.error.LockLostException;
import dev.migrations.core.internal.lock.MigrationLock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The lock's session is ended by hand in the middle of a run (as an operator might, mistaking it for a hung one):
 * the run notices before a later file and stops, so two runs never migrate at once for long; a retry completes.
 */
class LockLossTest extends DatabaseTest {

    private static final int FILES = 15;

    @Test
    void aRunWhoseLockSessionEndsStopsBeforeALaterFileAndARetryCompletes() throws Exception {
        for (int n = 1; n <= FILES; n++) {
            dir.file(String.format("%02d_t%d.sql", n, n), "CREATE TABLE t" + n + " (n int);\nSELECT pg_sleep(0.25);\n");
        }
        CompletableFuture<?> run = CompletableFuture.supplyAsync(() -> config().load().migrate());
        String applied = "0";
        for (int i = 0; i < 200 && Integer.parseInt(applied) < 2; i++) {
            Thread.sleep(50);
            applied = Db.value(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'atlas_schema_revisions'")
                    .equals("1") ? Db.value(db, "SELECT count(*) FROM atlas_schema_revisions") : "0";
        }
        assertThat(Integer.parseInt(applied)).as("files applied before the lock session is ended").isEqualTo(2);
        long key = MigrationLock.keyFor("public", "atlas_schema_revisions");
        String lockPid = Db.value(db, "SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted AND objsubid = 1 "
                + "AND classid::bigint = " + (key >>> 32) + " AND objid::bigint = " + (key & 0xFFFFFFFFL));
        assertThat(lockPid).as("the session holding the migration lock").isNotNull();
        Db.exec(db, "SELECT pg_terminate_backend(" + lockPid + ")");

        Throwable failure = null;
        try {
            run.get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            failure = e.getCause();
        }
        assertThat(failure).isInstanceOf(LockLostException.class)
                .hasMessageContaining("the migration lock on \"public\".\"atlas_schema_revisions\" was lost before ")
                .hasMessageContaining("its session ended")
                .hasMessageContaining("See where the schema is with status(), then start again");
        int recorded = Integer.parseInt(Db.value(db, "SELECT count(*) FROM atlas_schema_revisions"));
        assertThat(recorded).as("files applied before the run stopped").isBetween(2, FILES - 3);
        assertThat(Db.value(db, "SELECT count(*) FROM migrations_journal WHERE success"))
                .isEqualTo(Integer.toString(recorded));
        assertThat(Db.value(db, "SELECT count(*) FROM pg_tables WHERE tablename ~ '^t[0-9]+$'"))
                .isEqualTo(Integer.toString(recorded));
        assertThat(Db.value(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).isEqualTo("0");

        assertThat(config().load().migrate().applied()).hasSize(FILES - recorded);
        assertThat(Db.value(db, "SELECT count(*) FROM atlas_schema_revisions")).isEqualTo(Integer.toString(FILES));
        assertThat(Db.value(db, "SELECT count(*) FROM pg_tables WHERE tablename ~ '^t[0-9]+$'"))
                .isEqualTo(Integer.toString(FILES));
    }
}
