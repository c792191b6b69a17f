package dev.migrations.cli.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.cli.runner.RunnerVerbsTest.Run;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** apply and status on a database dbmate migrated: what would be taken over, then the takeover itself. */
class TakeoverFromCliTest {

    @TempDir
    Path dir;
    TestDatabase db;

    @BeforeEach
    void setUp() throws IOException, SQLException {
        db = TestPostgres.newDatabase();
        Files.writeString(dir.resolve("20240101000000_users.sql"), "CREATE TABLE users (id int PRIMARY KEY);\n");
        Files.writeString(dir.resolve("20240102000000_orders.sql"), "CREATE TABLE orders (id int PRIMARY KEY);\n");
        assertThat(RunnerVerbsTest.cli("migrate", "hash", "--dir", dir.toString()).exit()).isZero();
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA legacy");
            st.execute("CREATE TABLE users (id int PRIMARY KEY)");
            st.execute("CREATE TABLE legacy.versions (version varchar(128) PRIMARY KEY)");
            st.execute("INSERT INTO legacy.versions VALUES ('20240101000000')");
        }
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void statusShowsTheTakeoverAndApplyDoesIt() {
        Run status = RunnerVerbsTest.cli("migrate", "status", "--dir", dir.toString(), "--url", db.uri(),
                "--history-table", "legacy.versions");
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(status.out()).contains("-- Takeover:        Would take over dbmate's history "
                + "\"legacy\".\"versions\": 1 version to record as applied, at version 20240101000000 on the next "
                + "apply").contains("-- Pending Files:   1").contains("20240102000000_orders.sql");

        Run dry = RunnerVerbsTest.cli("migrate", "apply", "--dir", dir.toString(), "--url", db.uri(),
                "--history-table", "legacy.versions", "--dry-run");
        assertThat(dry.out()).contains("-- Would take over dbmate's history \"legacy\".\"versions\"")
                .contains("--   20240101000000_users.sql")
                .contains("-- 1 file(s) would be applied, from version 20240101000000 to 20240102000000");

        Run apply = RunnerVerbsTest.cli("migrate", "apply", "--dir", dir.toString(), "--url", db.uri(),
                "--history-table", "legacy.versions");
        assertThat(apply.exit()).as(apply.err()).isZero();
        assertThat(apply.out()).startsWith("Took over dbmate's history \"legacy\".\"versions\": 1 version recorded as "
                + "applied, at version 20240101000000; that table was left as it was")
                .contains("-- migrating version 20240102000000 (20240102000000_orders.sql)");

        Run again = RunnerVerbsTest.cli("migrate", "apply", "--dir", dir.toString(), "--url", db.uri(),
                "--history-table", "legacy.versions", "--format", "json");
        assertThat(again.out()).startsWith("{\"status\":\"OK\"").doesNotContain("takeover");
    }

    @Test
    void jsonCarriesTheTakeover() {
        Run apply = RunnerVerbsTest.cli("migrate", "apply", "--dir", dir.toString(), "--url", db.uri(),
                "--history-table", "legacy.versions", "--format", "json");

        assertThat(apply.exit()).as(apply.err()).isZero();
        assertThat(apply.out()).contains("\"takeover\":{\"tool\":\"dbmate\",\"table\":\"\\\"legacy\\\".\\\"versions\\\"\","
                + "\"versions\":1,\"version\":\"20240101000000\",\"baseline\":null,"
                + "\"files\":[\"20240101000000_users.sql\"],\"repeatables\":[],\"changedRepeatables\":[]}");
    }

    @Test
    void flywayRepeatablesAreTakenOverAndAChangedOneRunsAgain() throws IOException, SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("DROP TABLE users");
            st.execute("DROP SCHEMA legacy CASCADE");
        }
        Path flyway = Files.createDirectories(dir.resolve("flyway"));
        Files.writeString(flyway.resolve("V1__accounts.sql"), "CREATE TABLE accounts (id int PRIMARY KEY);\n");
        Files.writeString(flyway.resolve("R__account_ids.sql"),
                "CREATE OR REPLACE VIEW account_ids AS SELECT id FROM accounts;\n");
        Files.writeString(flyway.resolve("R__account_count.sql"),
                "CREATE OR REPLACE VIEW account_count AS SELECT count(*) AS n FROM accounts;\n");
        Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password())
                .locations("filesystem:" + flyway).load().migrate();
        Files.writeString(flyway.resolve("R__account_count.sql"),
                "CREATE OR REPLACE VIEW account_count AS SELECT count(*) AS n, max(id) AS top FROM accounts;\n");
        assertThat(RunnerVerbsTest.cli("migrate", "hash", "--dir", flyway.toString()).exit()).isZero();

        Run status = RunnerVerbsTest.cli("migrate", "status", "--dir", flyway.toString(), "--url", db.uri(),
                "--format", "json");
        Run apply = RunnerVerbsTest.cli("migrate", "apply", "--dir", flyway.toString(), "--url", db.uri());

        assertThat(status.out()).as(status.err()).contains("\"versions\":1,").contains("\"files\":[\"V1__accounts.sql\","
                + "\"R__account_ids.sql\"],\"repeatables\":[\"R__account_ids.sql\"],"
                + "\"changedRepeatables\":[\"R__account_count.sql\"]");
        assertThat(apply.exit()).as(apply.err()).isZero();
        assertThat(apply.out()).startsWith("Took over Flyway's history \"public\".\"flyway_schema_history\": 1 version "
                + "and 1 repeatable file recorded as applied, at version 1; changed since Flyway applied them, so "
                + "applied again: R__account_count.sql; that table was left as it was")
                .contains("-- migrating repeatable account_count (R__account_count.sql)")
                .doesNotContain("(R__account_ids.sql)");
    }

    @Test
    void aBadHistoryTableNameIsAUsageError() {
        Run run = RunnerVerbsTest.cli("migrate", "apply", "--dir", dir.toString(), "--url", db.uri(),
                "--history-table", "a.b.c");

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("'a.b.c' is not a table name");
    }
}
