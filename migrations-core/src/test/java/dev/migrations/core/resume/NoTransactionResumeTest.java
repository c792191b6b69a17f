package dev.migrations.core.resume;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.core.TransactionMode;
import dev.migrations.core.fixture.DatabaseTest;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.result.FileState;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.core.error.MigrationFailedException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** No-transaction files record progress per statement and resume at the failed statement. */
class NoTransactionResumeTest extends DatabaseTest {

    private static final String HEADER = "-- atlas:txmode none\n\n";

    @BeforeEach
    void setUp() {
        dir.file("1_base.sql", "CREATE TABLE runs (n int UNIQUE);\n");
    }

    @Test
    void aFailureRecordsProgressAndTheFixedFileResumesAtTheFailedStatement() {
        dir.file("2_idx.sql", HEADER + "INSERT INTO runs VALUES (1);\nCREATE INDEX CONCURRENTLY runs_n ON runs (n);\n"
                + "INSERT INTO missing VALUES (3);\nINSERT INTO runs VALUES (4);\n");

        assertThatThrownBy(() -> config().load().migrate())
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("2_idx.sql (version 2) failed at statement 3 of 4, line 5")
                .hasMessageContaining("relation \"missing\" does not exist")
                .hasMessageContaining("statements 1-2 were applied and recorded; the next run resumes at statement 3");

        Map<String, String> row = Db.rows(db, "SELECT applied, total, error, error_stmt, "
                + "jsonb_array_length(partial_hashes) AS hashes, partial_hashes::text AS ph FROM atlas_schema_revisions "
                + "WHERE version = '2'").get(0);
        assertThat(row).containsEntry("applied", "2").containsEntry("total", "4")
                .containsEntry("error_stmt", "INSERT INTO missing VALUES (3)").containsEntry("hashes", "2");
        assertThat(row.get("error")).contains("relation \"missing\" does not exist");
        assertThat(row.get("ph")).startsWith("[\"h1:");
        assertThat(Db.value(db, "SELECT count(*) FROM migrations_journal WHERE version = '2'")).isEqualTo("0");
        assertThat(config().load().status().pending()).singleElement()
                .satisfies(f -> assertThat(f.state()).isEqualTo(FileState.PARTIAL));

        dir.file("2_idx.sql", HEADER + "INSERT INTO runs VALUES (1);\nCREATE INDEX CONCURRENTLY runs_n ON runs (n);\n"
                + "INSERT INTO runs VALUES (3);\nINSERT INTO runs VALUES (4);\nINSERT INTO runs VALUES (5);\n");
        MigrateResult resumed = config().load().migrate();

        assertThat(resumed.applied()).singleElement().satisfies(a -> assertThat(a.resumedAt()).isEqualTo(2));
        assertThat(Db.rows(db, "SELECT n FROM runs ORDER BY n")).extracting(r -> r.get("n"))
                .containsExactly("1", "3", "4", "5");
        Map<String, String> done = Db.rows(db, "SELECT applied, total, error, partial_hashes, hash FROM "
                + "atlas_schema_revisions WHERE version = '2'").get(0);
        assertThat(done).containsEntry("applied", "5").containsEntry("total", "5").containsEntry("error", null)
                .containsEntry("partial_hashes", null).containsEntry("hash", dir.sumEntry("2_idx.sql"));
        assertThat(Db.value(db, "SELECT count(*) FROM migrations_journal WHERE version = '2' AND success"))
                .isEqualTo("1");
    }

    @Test
    void changingAnAlreadyAppliedStatementOfAPartialFileIsRefused() {
        dir.file("2_idx.sql", HEADER + "INSERT INTO runs VALUES (1);\nINSERT INTO missing VALUES (2);\n");
        assertThatThrownBy(() -> config().load().migrate()).isInstanceOf(MigrationFailedException.class);
        dir.file("2_idx.sql", HEADER + "INSERT INTO runs VALUES (10);\nINSERT INTO runs VALUES (2);\n");
        List<Map<String, String>> before = Db.rows(db, "SELECT * FROM atlas_schema_revisions ORDER BY version");

        List<Map<String, String>> journal = Db.rows(db, "SELECT * FROM migrations_journal ORDER BY installed_rank");

        assertThatThrownBy(() -> config().load().migrate())
                .hasMessageContaining("2_idx.sql (version 2) stopped after statement 1 of 2 in an earlier run, but the "
                        + "statements already applied were changed since")
                .hasMessageContaining("mark the file applied with set(\"2\")")
                .hasMessageEndingWith("Nothing was changed.");
        assertThat(Db.rows(db, "SELECT n FROM runs")).extracting(r -> r.get("n")).containsExactly("1");
        assertThat(Db.rows(db, "SELECT * FROM atlas_schema_revisions ORDER BY version")).isEqualTo(before);
        assertThat(Db.rows(db, "SELECT * FROM migrations_journal ORDER BY installed_rank")).isEqualTo(journal);
    }

    @Test
    void transactionModeNoneResumesOrdinaryFilesToo() {
        dir.file("2_plain.sql", "INSERT INTO runs VALUES (1);\nINSERT INTO missing VALUES (2);\n");
        assertThatThrownBy(() -> config().transactionMode(TransactionMode.NONE).load().migrate())
                .hasMessageContaining("statement 1 was applied and recorded");
        dir.file("2_plain.sql", "INSERT INTO runs VALUES (1);\nINSERT INTO runs VALUES (2);\n");

        MigrateResult result = config().transactionMode(TransactionMode.NONE).load().migrate();

        assertThat(result.applied()).singleElement().satisfies(a -> assertThat(a.resumedAt()).isEqualTo(1));
        assertThat(Db.rows(db, "SELECT n FROM runs ORDER BY n")).extracting(r -> r.get("n")).containsExactly("1", "2");
    }

    @Test
    void aFileLeftPartialInModeNoneResumesUnderTheDefaultModeWithoutRerunningItsAppliedStatements() {
        dir.file("2_plain.sql", "INSERT INTO runs VALUES (1);\nINSERT INTO missing VALUES (2);\n");
        assertThatThrownBy(() -> config().transactionMode(TransactionMode.NONE).load().migrate())
                .isInstanceOf(MigrationFailedException.class);
        dir.file("2_plain.sql", "INSERT INTO runs VALUES (1);\nINSERT INTO runs VALUES (2);\n");

        MigrateResult result = config().load().migrate();

        assertThat(result.applied()).singleElement().satisfies(a -> assertThat(a.resumedAt()).isEqualTo(1));
        assertThat(Db.rows(db, "SELECT n FROM runs ORDER BY n")).extracting(r -> r.get("n")).containsExactly("1", "2");
    }

    @Test
    void modeAllRollsBackEveryFileOfTheRun() {
        dir.file("2_a.sql", "INSERT INTO runs VALUES (1);\n").file("3_b.sql", "INSERT INTO missing VALUES (1);\n");

        assertThatThrownBy(() -> config().transactionMode(TransactionMode.ALL).load().migrate())
                .hasMessageContaining("3_b.sql (version 3) failed at statement 1 of 1")
                .hasMessageContaining("it was rolled back and nothing was applied");

        assertThat(Db.value(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'runs'")).isEqualTo("0");
        assertThat(Db.value(db, "SELECT count(*) FROM pg_tables WHERE tablename IN ('atlas_schema_revisions', "
                + "'migrations_journal')")).as("a failed first run takes its empty tables away").isEqualTo("0");
    }

    @Test
    void modeAllRefusesANoTransactionFileUpFront() {
        dir.file("2_idx.sql", HEADER + "CREATE INDEX CONCURRENTLY runs_n ON runs (n);\n");

        assertThatThrownBy(() -> config().transactionMode(TransactionMode.ALL).load().migrate())
                .hasMessageContaining("2_idx.sql (version 2) runs outside a transaction (-- atlas:txmode none) but the"
                        + " transaction mode is 'all'")
                .hasMessageContaining("use transactionMode(TransactionMode.FILE) (the default) for this run");
        assertThat(Db.value(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'runs'")).isEqualTo("0");
    }
}
