package dev.migrations.sql.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExecutionHintsTest {

    private static SqlStatement statement(String sql) {
        return new SqlStatement(sql, 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "CREATE TABLE t (id bigint PRIMARY KEY)",
        "create index t_idx on t (a)",
        "CREATE TABLE t2 AS SELECT * FROM t",
        "ALTER TABLE t ADD COLUMN b text",
        "DROP TABLE IF EXISTS t",
        "COMMENT ON TABLE t IS 'x'",
        "GRANT SELECT ON t TO app",
        "REVOKE ALL ON t FROM PUBLIC",
        "TRUNCATE t",
        "DO $$ BEGIN RAISE NOTICE 'hi'; END $$",
        "REFRESH MATERIALIZED VIEW mv",
        "INSERT INTO t (id) VALUES (1)",
        "INSERT INTO t SELECT * FROM s",
        "UPDATE t SET b = 'returning'",
        "DELETE FROM t WHERE id = 1",
        "/* leading comment */ CREATE VIEW v AS SELECT 1",
    })
    void schemaAndDataCommandsWithoutRowsShareARoundTrip(String sql) {
        assertThat(ExecutionHints.canShareRoundTrip(statement(sql))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SELECT setval('s', 10)",
        "select 1",
        "WITH x AS (SELECT 1) INSERT INTO t SELECT * FROM x",
        "VALUES (1)",
        "TABLE t",
        "SHOW search_path",
        "EXPLAIN SELECT 1",
        "CALL p()",
        "INSERT INTO t (id) VALUES (1) RETURNING id",
        "UPDATE t SET b = 'x' returning *",
        "DELETE FROM t RETURNING id",
        "BEGIN",
        "COMMIT",
        "SAVEPOINT s",
        "SET search_path = app",
        "CREATE INDEX CONCURRENTLY t_idx ON t (a)",
        "EXECUTE stmt",
        "FETCH ALL FROM c",
    })
    void queriesAndUnknownCommandsRunAlone(String sql) {
        assertThat(ExecutionHints.canShareRoundTrip(statement(sql))).isFalse();
    }

    @Test
    void copyWithDataRunsAlone() {
        SqlStatement copy = new SqlStatement("COPY t FROM STDIN", 1, Optional.of("1\n"));
        assertThat(ExecutionHints.canShareRoundTrip(copy)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SET search_path = app, public",
        "SET SESSION search_path TO app",
        "set role app_owner",
        "RESET ALL",
        "DISCARD PLANS",
        "SELECT set_config('search_path', 'app', false)",
        "SELECT pg_catalog.SET_CONFIG('x.y', 'z', false)",
        "DO $$ BEGIN PERFORM set_config('search_path', 'app', false); END $$",
        "CREATE FUNCTION f() RETURNS void LANGUAGE sql SET search_path = app AS 'SELECT 1'",
        "SET SESSION AUTHORIZATION app",
        "DO $$ BEGIN EXECUTE 'SET ROLE app_owner'; END $$",
        "SELECT set_config('role', 'app_owner', false)",
        "SELECT app.setup()",
        "CALL app.setup()",
        "DO $$ BEGIN PERFORM app.setup(); END $$",
        "WITH x AS (SELECT app.setup()) SELECT * FROM x",
        "EXECUTE prepared_setup",
    })
    void sessionSettingsMayChangeTheSearchPathOrRole(String sql) {
        assertThat(ExecutionHints.mayChangeSession(statement(sql))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "SET LOCAL work_mem = '64MB'",
        "SET CONSTRAINTS ALL DEFERRED",
        "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE",
        "CREATE TABLE settings (name text)",
        "INSERT INTO t (name) VALUES ('reset')",
        "UPDATE t SET a = 1",
    })
    void otherStatementsLeaveTheSessionAlone(String sql) {
        assertThat(ExecutionHints.mayChangeSession(statement(sql))).isFalse();
    }
}
