package dev.migrations.sql.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TransactionRulesTest {

    private static SqlStatement statement(String sql) {
        return new SqlStatement(sql, 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE INDEX CONCURRENTLY idx ON t (a)",
        "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS idx ON t (a)",
        "create index concurrently on t (a)",
        "CREATE /* comment */ INDEX -- comment\n CONCURRENTLY idx ON t (a)",
        "DROP INDEX CONCURRENTLY idx",
        "drop index concurrently if exists idx",
        "REINDEX INDEX CONCURRENTLY idx",
        "REINDEX TABLE CONCURRENTLY t",
        "REINDEX (CONCURRENTLY) TABLE t",
        "REINDEX (VERBOSE, CONCURRENTLY true) INDEX idx",
        "REINDEX SCHEMA public",
        "REINDEX DATABASE app",
        "REINDEX SYSTEM app",
        "CREATE DATABASE app",
        "DROP DATABASE IF EXISTS app WITH (FORCE)",
        "CREATE TABLESPACE fast LOCATION '/ssd'",
        "DROP TABLESPACE fast",
        "ALTER DATABASE app SET TABLESPACE fast",
        "ALTER DATABASE \"my app\" SET TABLESPACE fast",
        "ALTER SYSTEM SET work_mem = '64MB'",
        "ALTER SYSTEM RESET ALL",
        "VACUUM",
        "VACUUM t",
        "VACUUM (ANALYZE, VERBOSE) t",
        "vacuum full analyze",
        "CLUSTER",
        "CLUSTER VERBOSE",
        "CLUSTER (VERBOSE)",
        "DISCARD ALL",
        "ALTER TABLE measurements DETACH PARTITION measurements_2020 CONCURRENTLY",
        "COMMIT PREPARED 'tx1'",
        "ROLLBACK PREPARED 'tx1'",
        "CREATE SUBSCRIPTION sub CONNECTION 'host=primary' PUBLICATION pub",
        "CREATE SUBSCRIPTION sub CONNECTION 'host=primary' PUBLICATION pub WITH (copy_data = false)",
        "CREATE SUBSCRIPTION sub CONNECTION 'host=primary' PUBLICATION pub WITH (connect, create_slot = true)",
        "DROP SUBSCRIPTION sub",
        "ALTER SUBSCRIPTION sub REFRESH PUBLICATION",
        "ALTER SUBSCRIPTION sub SET PUBLICATION pub",
        "ALTER SUBSCRIPTION sub ADD PUBLICATION pub2 WITH (refresh = true)",
        "ALTER SUBSCRIPTION sub DROP PUBLICATION pub2",
        "ALTER SUBSCRIPTION sub SET (failover = true)",
        "ALTER SUBSCRIPTION sub SET (streaming = on, two_phase = false)",
    })
    void refusedInsideATransactionBlock(String sql) {
        assertThat(TransactionRules.requiresNoTransaction(statement(sql))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE INDEX idx ON t (a)",
        "CREATE UNIQUE INDEX idx ON t (a)",
        "CREATE INDEX \"concurrently\" ON t (a)",
        "DROP INDEX idx",
        "REINDEX TABLE t",
        "REINDEX (CONCURRENTLY false) TABLE t",
        "REINDEX (VERBOSE, CONCURRENTLY off) TABLE t",
        "REINDEX (CONCURRENTLY 0) TABLE t",
        "ALTER DATABASE app SET work_mem = '4MB'",
        "ALTER DATABASE app RENAME TO other",
        "ALTER TABLESPACE fast RENAME TO faster",
        "ANALYZE t",
        "CLUSTER t",
        "CLUSTER VERBOSE t USING t_pkey",
        "CLUSTER (VERBOSE) t",
        "DISCARD PLANS",
        "DISCARD TEMP",
        "ALTER TYPE mood ADD VALUE 'happy'",
        "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'sad' BEFORE 'happy'",
        "ALTER TABLE measurements DETACH PARTITION measurements_2020",
        "ALTER TABLE measurements DETACH PARTITION measurements_2020 FINALIZE",
        "REFRESH MATERIALIZED VIEW CONCURRENTLY mv",
        "COMMIT",
        "ROLLBACK",
        "CREATE SUBSCRIPTION sub CONNECTION 'host=primary' PUBLICATION pub WITH (connect = false)",
        "CREATE SUBSCRIPTION sub CONNECTION 'host=primary' PUBLICATION pub WITH (create_slot = false, enabled = false)",
        "ALTER SUBSCRIPTION sub SET PUBLICATION pub WITH (refresh = false)",
        "ALTER SUBSCRIPTION sub DISABLE",
        "ALTER SUBSCRIPTION sub SET (slot_name = NONE)",
        "ALTER SUBSCRIPTION sub DROP PUBLICATION pub2 WITH (refresh = off)",
        "SELECT 'VACUUM'",
        "CREATE FUNCTION f() RETURNS void LANGUAGE sql AS $$ VACUUM $$",
        "DO $$ BEGIN RAISE NOTICE 'VACUUM'; END $$",
        "CREATE TABLE t (a int) /* CREATE INDEX CONCURRENTLY */",
        "COMMENT ON DATABASE app IS 'CREATE DATABASE'",
        "INSERT INTO vacuum_log (msg) VALUES ('DROP DATABASE x')",
    })
    void allowedInsideATransactionBlock(String sql) {
        assertThat(TransactionRules.requiresNoTransaction(statement(sql))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "create unique index concurrently i on t (a) | CREATE INDEX CONCURRENTLY",
        "DROP INDEX CONCURRENTLY i                   | DROP INDEX CONCURRENTLY",
        "reindex schema public                       | REINDEX SCHEMA",
        "REINDEX (CONCURRENTLY) INDEX i              | REINDEX CONCURRENTLY",
        "ALTER DATABASE d SET TABLESPACE t           | ALTER DATABASE SET TABLESPACE",
        "VACUUM FULL                                 | VACUUM",
        "DISCARD ALL                                 | DISCARD ALL",
        "rollback prepared 'x'                       | ROLLBACK PREPARED",
    })
    void namesTheRefusedCommand(String sql, String command) {
        assertThat(TransactionRules.nonTransactionalCommand(statement(sql))).contains(command);
    }

    @Test
    void worksOnSplitStatements() {
        String script = "-- atlas:txmode none\n"
                + "CREATE TABLE t (a int);\n"
                + "/* build without blocking writes */\n"
                + "CREATE INDEX CONCURRENTLY t_a ON t (a);\n"
                + "VACUUM ANALYZE t;\n";
        assertThat(StatementSplitter.split(script))
                .extracting(TransactionRules::requiresNoTransaction)
                .containsExactly(false, true, true);
    }

    @Test
    void emptyForOrdinaryStatements() {
        assertThat(TransactionRules.nonTransactionalCommand(statement("CREATE TABLE t (a int)"))).isEqualTo(Optional.empty());
    }
}
