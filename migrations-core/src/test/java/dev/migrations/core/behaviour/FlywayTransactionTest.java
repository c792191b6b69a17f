package dev.migrations.core.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.core.MigrationsConfiguration;
import dev.migrations.core.fixture.DatabaseTest;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.result.DryRunResult;
import dev.migrations.core.result.FileState;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.core.error.MigrationFailedException;
import dev.migrations.error.MigrationsException;
import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.error.InvalidMigrationsException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Which Flyway files run outside a transaction, as Flyway decides it: a {@code <file>.sql.conf} with
 * {@code executeInTransaction}, or else a statement that PostgreSQL refuses in a transaction; no atlas directive
 * involved.
 */
class FlywayTransactionTest extends DatabaseTest {

    @BeforeEach
    void setUp() {
        dir = dir.as(DirectoryFormat.FLYWAY)
                .file("V1__base.sql", "CREATE TABLE t (id int PRIMARY KEY, txid bigint);\n");
    }

    @Override
    protected MigrationsConfiguration config() {
        return super.config().directoryFormat(DirectoryFormat.FLYWAY);
    }

    private List<String> txids() {
        return Db.rows(db, "SELECT txid FROM t ORDER BY id").stream().map(r -> r.get("txid")).toList();
    }

    private Map<String, String> revision(String version) {
        return Db.rows(db, "SELECT applied, total, error FROM atlas_schema_revisions WHERE version = '" + version
                + "'").get(0);
    }

    @Test
    void aConcurrentIndexFileAppliesWithoutAnyDirective() {
        dir.file("V2__index.sql", "CREATE INDEX CONCURRENTLY t_txid ON t (txid);\n");

        DryRunResult plan = config().load().dryRun();
        MigrateResult result = config().load().migrate();

        assertThat(plan.files()).extracting(f -> f.transactional()).containsExactly(true, false);
        assertThat(result.applied()).extracting(a -> a.version()).containsExactly("1", "2");
        assertThat(Db.value(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 't_txid'::regclass"))
                .isEqualTo("t");
        assertThat(revision("2")).containsEntry("applied", "1").containsEntry("total", "1")
                .containsEntry("error", null);
        assertThat(Db.value(db, "SELECT count(*) FROM migrations_journal WHERE version = '2' AND success"))
                .isEqualTo("1");
    }

    @Test
    void aMixedFileRunsStatementByStatement() {
        dir.file("V2__mixed.sql", "INSERT INTO t VALUES (1, txid_current());\n"
                + "CREATE INDEX CONCURRENTLY t_txid ON t (txid);\n"
                + "INSERT INTO t VALUES (2, txid_current());\n"
                + "INSERT INTO t VALUES (2, txid_current());\n");

        assertThatThrownBy(() -> config().load().migrate())
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("V2__mixed.sql (version 2) failed at statement 4 of 4, line 4")
                .hasMessageContaining("duplicate key value")
                .hasMessageContaining("statements 1-3 were applied and recorded; the next run resumes at statement 4");

        assertThat(txids()).as("statements 1-3 committed, each in its own transaction").hasSize(2).doesNotHaveDuplicates();
        assertThat(Db.value(db, "SELECT to_regclass('t_txid') IS NOT NULL")).isEqualTo("t");
        assertThat(revision("2")).containsEntry("applied", "3").containsEntry("total", "4");
        assertThat(config().load().status().pending()).singleElement()
                .satisfies(f -> assertThat(f.state()).isEqualTo(FileState.PARTIAL));

        dir.file("V2__mixed.sql", "INSERT INTO t VALUES (1, txid_current());\n"
                + "CREATE INDEX CONCURRENTLY t_txid ON t (txid);\n"
                + "INSERT INTO t VALUES (2, txid_current());\n"
                + "INSERT INTO t VALUES (3, txid_current());\n");
        MigrateResult resumed = config().load().migrate();

        assertThat(resumed.applied()).singleElement().satisfies(a -> assertThat(a.resumedAt()).isEqualTo(3));
        assertThat(txids()).hasSize(3).doesNotHaveDuplicates();
        assertThat(revision("2")).containsEntry("applied", "4").containsEntry("error", null);
    }

    @Test
    void aConfFileWithExecuteInTransactionFalseRunsTheFileOutsideATransaction() {
        dir.file("V2__rows.sql", "INSERT INTO t VALUES (1, txid_current());\nINSERT INTO t VALUES (2, txid_current());\n")
                .file("V3__rows.sql", "INSERT INTO t VALUES (3, txid_current());\nINSERT INTO t VALUES (4, txid_current());\n")
                .editWithoutRehash("V3__rows.sql.conf", "# Flyway script configuration\nexecuteInTransaction=false\n");

        assertThat(config().load().dryRun().files()).extracting(f -> f.transactional())
                .containsExactly(true, true, false);
        config().load().migrate();

        List<String> txids = txids();
        assertThat(txids.get(0)).as("V2 runs in one transaction").isEqualTo(txids.get(1));
        assertThat(txids.get(2)).as("V3 runs outside one: each statement commits by itself")
                .isNotEqualTo(txids.get(3));
        assertThat(revision("3")).containsEntry("applied", "2").containsEntry("total", "2");
    }

    @Test
    void aConfFileWithExecuteInTransactionFalseKeepsWhatRanBeforeAFailure() {
        dir.file("V2__rows.sql", "CREATE TABLE u (id int);\nINSERT INTO u VALUES (1);\nINSERT INTO u VALUES ('x');\n")
                .editWithoutRehash("V2__rows.sql.conf", "executeInTransaction=false\n");

        assertThatThrownBy(() -> config().load().migrate())
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("V2__rows.sql (version 2) failed at statement 3 of 3")
                .hasMessageContaining("This file runs without a transaction: statements 1-2 were applied");

        assertThat(Db.value(db, "SELECT count(*) FROM u")).isEqualTo("1");
        assertThat(revision("2")).containsEntry("applied", "2").containsEntry("total", "3");
    }

    @Test
    void withoutTheConfFileTheSameFileRollsBack() {
        dir.file("V2__rows.sql", "CREATE TABLE u (id int);\nINSERT INTO u VALUES (1);\nINSERT INTO u VALUES ('x');\n");

        assertThatThrownBy(() -> config().load().migrate())
                .isInstanceOf(MigrationFailedException.class)
                .hasMessageContaining("The file was rolled back");

        assertThat(Db.value(db, "SELECT to_regclass('u') IS NULL")).isEqualTo("t");
        assertThat(Db.value(db, "SELECT count(*) FROM atlas_schema_revisions WHERE version = '2'")).isEqualTo("0");
    }

    @Test
    void aConfFileWithExecuteInTransactionTrueAndAConcurrentIndexIsRefusedBeforeAnyWrite() {
        dir.file("V2__index.sql", "CREATE INDEX CONCURRENTLY t_txid ON t (txid);\n")
                .editWithoutRehash("V2__index.sql.conf", "executeInTransaction=true\n");

        assertThatThrownBy(() -> config().load().migrate())
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining("V2__index.sql (version 2) line 1: CREATE INDEX CONCURRENTLY cannot run inside a"
                        + " transaction, and this file runs in one. Change 'executeInTransaction=true' to"
                        + " 'executeInTransaction=false' in V2__index.sql.conf")
                .hasMessageEndingWith("Nothing was applied.");

        assertThat(Db.value(db, "SELECT to_regclass('t') IS NULL")).isEqualTo("t");
    }

    @Test
    void aConfFileWithAKeyThatIsNotImplementedStopsTheLoad() {
        dir.file("V2__index.sql", "CREATE INDEX CONCURRENTLY t_txid ON t (txid);\n")
                .editWithoutRehash("V2__index.sql.conf", "executeInTransaction=false\nshouldExecute=true\n");

        assertThatThrownBy(() -> config().load())
                .isInstanceOf(InvalidMigrationsException.class)
                .hasMessageContaining(dir.location() + "/V2__index.sql.conf line 2: shouldExecute (a Flyway Teams"
                        + " setting) is not supported");
    }

    @Test
    void theAtlasTransactionModeAllRefusesAConfFileThatAsksForNone() {
        dir.file("V2__rows.sql", "INSERT INTO t VALUES (1, 1);\n")
                .editWithoutRehash("V2__rows.sql.conf", "executeInTransaction=false\n");

        assertThatThrownBy(() -> config().transactionMode(dev.migrations.core.TransactionMode.ALL).load().migrate())
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining("V2__rows.sql (version 2) runs outside a transaction (V2__rows.sql.conf"
                        + " executeInTransaction=false) but the transaction mode is 'all'");
    }
}
