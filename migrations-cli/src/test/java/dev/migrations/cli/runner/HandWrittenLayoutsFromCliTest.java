package dev.migrations.cli.runner;

import static dev.migrations.cli.runner.RunnerVerbsTest.cli;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.cli.runner.RunnerVerbsTest.Run;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Directories written by hand in dbmate's and golang-migrate's style (there is no public corpus of them beside the
 * project): applied fresh with the layout recognised, Down sections and down files never run; and taken over from a
 * database their tool migrated.
 */
class HandWrittenLayoutsFromCliTest {

    @TempDir
    Path dir;

    private void write(String name, String content) throws Exception {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static String value(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void exec(TestDatabase db, String... sql) throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        }
    }

    private void dbmateDirectory() throws Exception {
        write("20240101000000_create_users.sql", "-- migrate:up\nCREATE TABLE users (id bigint PRIMARY KEY,"
                + " email text NOT NULL);\n\n-- migrate:down\nDROP TABLE users;\n");
        write("20240102000000_index_users.sql", "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY"
                + " users_email ON users (email);\n\n-- migrate:down\nDROP INDEX users_email;\n");
        write("20240103000000_two_sections.sql", "-- migrate:up\nCREATE TABLE orders (id bigint PRIMARY KEY);\n"
                + "-- migrate:down\nDROP TABLE orders;\n\n-- migrate:up\nINSERT INTO users VALUES (1, 'a@example.com');\n"
                + "-- migrate:down\nDELETE FROM users;\n");
        assertThat(cli("migrate", "hash", "--dir", dir.toString()).exit()).isZero();
    }

    private void golangMigrateDirectory() throws Exception {
        write("1_users.up.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n");
        write("1_users.down.sql", "DROP TABLE users;\n");
        write("2_orders.up.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);\n");
        write("2_orders.down.sql", "DROP TABLE orders;\n");
        write("10_seed.up.sql", "BEGIN;\nINSERT INTO users VALUES (1);\nINSERT INTO orders VALUES (1, 1);\nCOMMIT;\n");
        write("10_seed.down.sql", "DELETE FROM orders;\nDELETE FROM users;\n");
        assertThat(cli("migrate", "hash", "--dir", dir.toString()).exit()).isZero();
    }

    @Test
    void dbmateDirectoryAppliesItsUpSectionsOnly() throws Exception {
        dbmateDirectory();
        try (TestDatabase db = TestPostgres.newDatabase()) {
            Run apply = cli("migrate", "apply", "--dir", dir.toString(), "--url", db.uri());

            assertThat(apply.exit()).as(apply.err()).isZero();
            assertThat(apply.out()).contains("(3 migrations in total)");
            assertThat(value(db, "SELECT count(*) FROM users")).isEqualTo("1");
            assertThat(value(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'users_email'::regclass"))
                    .isEqualTo("t");
            assertThat(value(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'orders'")).isEqualTo("1");
            assertThat(cli("migrate", "apply", "--dir", dir.toString(), "--url", db.uri()).out())
                    .contains("No migration files to execute");
        }
    }

    @Test
    void dbmateDatabaseIsTakenOver() throws Exception {
        dbmateDirectory();
        try (TestDatabase db = TestPostgres.newDatabase()) {
            exec(db, "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL)",
                    "CREATE INDEX users_email ON users (email)",
                    "CREATE TABLE schema_migrations (version varchar(128) PRIMARY KEY)",
                    "INSERT INTO schema_migrations VALUES ('20240101000000'), ('20240102000000')");

            Run apply = cli("migrate", "apply", "--dir", dir.toString(), "--url", db.uri());

            assertThat(apply.exit()).as(apply.err()).isZero();
            assertThat(apply.out()).contains("Took over dbmate's history \"public\".\"schema_migrations\": 2 versions")
                    .contains("-- migrating version 20240103000000").doesNotContain("version 20240101000000 (");
            assertThat(value(db, "SELECT count(*) FROM atlas_schema_revisions")).isEqualTo("3");
            assertThat(value(db, "SELECT count(*) FROM schema_migrations")).isEqualTo("2");
        }
    }

    @Test
    void golangMigrateDirectoryAppliesUpFilesInNumericOrder() throws Exception {
        golangMigrateDirectory();
        try (TestDatabase db = TestPostgres.newDatabase()) {
            Run apply = cli("migrate", "apply", "--dir", dir.toString(), "--url", db.uri());

            assertThat(apply.exit()).as(apply.err()).isZero();
            assertThat(apply.out().indexOf("(2_orders.up.sql)")).isLessThan(apply.out().indexOf("(10_seed.up.sql)"));
            assertThat(value(db, "SELECT count(*) FROM orders")).isEqualTo("1");
            assertThat(cli("migrate", "status", "--dir", dir.toString(), "--url", db.uri()).out())
                    .contains("Migration Status: OK").contains("-- Current Version: 10");
        }
    }

    @Test
    void golangMigrateDatabaseIsTakenOver() throws Exception {
        golangMigrateDirectory();
        try (TestDatabase db = TestPostgres.newDatabase()) {
            exec(db, "CREATE TABLE users (id bigint PRIMARY KEY)",
                    "CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users)",
                    "CREATE TABLE schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)",
                    "INSERT INTO schema_migrations VALUES (2, false)");

            Run apply = cli("migrate", "apply", "--dir", dir.toString(), "--url", db.uri());

            assertThat(apply.exit()).as(apply.err()).isZero();
            assertThat(apply.out()).contains("Took over golang-migrate's history").contains("2 versions recorded")
                    .contains("-- migrating version 10 (10_seed.up.sql)");
            assertThat(value(db, "SELECT count(*) FROM orders")).isEqualTo("1");
            assertThat(value(db, "SELECT version || ' ' || dirty FROM schema_migrations")).isEqualTo("2 false");
        }
    }
}
