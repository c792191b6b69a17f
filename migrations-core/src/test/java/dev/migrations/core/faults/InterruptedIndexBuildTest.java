package dev.migrations.core.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.migrations.core.error.FaultKind;
import dev.migrations.core.fixture.DatabaseTest;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.core.error.MigrationFailedException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A concurrent index build whose session ends mid-way leaves an invalid index; status and validate report it, and
 * the next run drops and rebuilds it before going on, instead of letting {@code IF NOT EXISTS} skip it.
 */
class InterruptedIndexBuildTest extends DatabaseTest {

    /** A table whose index on {@code slow(id)} takes about 3 s to build: long enough to be interrupted. */
    private static final String SLOW_TABLE = "CREATE TABLE big (id int, v int);\n"
            + "INSERT INTO big SELECT g, g % 97 FROM generate_series(1, 3000) g;\n"
            + "CREATE FUNCTION slow(n int) RETURNS int IMMUTABLE LANGUAGE plpgsql AS $$\n"
            + "BEGIN\n  PERFORM pg_sleep(0.001);\n  RETURN n;\nEND\n$$;\n";

    @Test
    void anInterruptedConcurrentBuildIsRebuiltOnResume() throws Exception {
        dir.file("1_big.sql", SLOW_TABLE)
                .file("2_index.sql", "-- atlas:txmode none\n\n"
                        + "CREATE INDEX CONCURRENTLY IF NOT EXISTS big_v_idx ON big (v, slow(id));\n"
                        + "REINDEX INDEX CONCURRENTLY big_v_idx;\n");
        Throwable error = terminateWhile("CREATE INDEX CONCURRENTLY%");

        assertThat(error).isInstanceOf(MigrationFailedException.class);
        MigrationFailedException failed = (MigrationFailedException) error;
        assertThat(failed.fault()).isEqualTo(FaultKind.SESSION_TERMINATED);
        assertThat(failed.file()).isEqualTo("2_index.sql");
        assertThat(failed.statement()).isEqualTo(1);
        assertThat(failed.line()).isEqualTo(3);
        assertThat(error).hasMessageContaining("2_index.sql (version 2) failed at statement 1 of 2, line 3")
                .hasMessageContaining("dropped and built again by the next run");
        assertThat(Db.value(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'big_v_idx'::regclass"))
                .isEqualTo("f");
        assertThat(config().load().status().problems()).anySatisfy(p -> assertThat(p)
                .startsWith("index public.big_v_idx on big is invalid"));
        assertThat(config().load().validate().valid()).isFalse();

        MigrateResult resumed = config().load().migrate();

        assertThat(resumed.repairs()).singleElement().satisfies(r -> assertThat(r)
                .contains("dropped the invalid index public.big_v_idx").contains("2_index.sql statement 1 (line 3)"));
        assertThat(Db.value(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'big_v_idx'::regclass"))
                .isEqualTo("t");
        assertThat(config().load().status().problems()).isEmpty();
    }

    @Test
    void anInterruptedReindexLeavesNoInvalidCopyBehind() throws Exception {
        dir.file("1_big.sql", SLOW_TABLE
                        + "CREATE INDEX big_v_idx ON big (v, slow(id));\n")
                .file("2_reindex.sql", "-- atlas:txmode none\n\nREINDEX INDEX CONCURRENTLY big_v_idx;\n");
        Throwable error = terminateWhile("REINDEX INDEX CONCURRENTLY%");

        assertThat(error).isInstanceOf(MigrationFailedException.class);
        assertThat(((MigrationFailedException) error).fault()).isEqualTo(FaultKind.SESSION_TERMINATED);
        assertThat(Db.value(db, "SELECT count(*) FROM pg_index WHERE NOT indisvalid")).isEqualTo("1");

        MigrateResult resumed = config().load().migrate();

        assertThat(resumed.repairs()).singleElement().satisfies(r -> assertThat(r).contains("big_v_idx_ccnew"));
        assertThat(Db.value(db, "SELECT count(*) FROM pg_index WHERE NOT indisvalid")).isEqualTo("0");
        assertThat(Db.value(db, "SELECT count(*) FROM pg_indexes WHERE tablename = 'big'")).isEqualTo("1");
    }

    /** Runs the directory and terminates the session once a statement like {@code pattern} runs; returns the error. */
    private Throwable terminateWhile(String pattern) throws Exception {
        CompletableFuture<MigrateResult> run = CompletableFuture.supplyAsync(() -> config().load().migrate());
        String pid = null;
        for (int i = 0; i < 600 && pid == null; i++) {
            Thread.sleep(20);
            pid = Db.value(db, "SELECT pid FROM pg_stat_activity WHERE query LIKE '" + pattern + "' AND state = "
                    + "'active' AND datname = current_database()");
        }
        assertThat(pid).as("the build was seen running").isNotNull();
        Thread.sleep(300);
        Db.exec(db, "SELECT pg_terminate_backend(" + pid + ")");
        return catchThrowable(() -> {
            try {
                run.get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                throw e.getCause();
            }
        });
    }
}
