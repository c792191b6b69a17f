package dev.migrations.cli.runner;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.cli.MigrationsCommand;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** apply, status, set and rehash from the command line against a real database. */
class RunnerVerbsTest {

    @TempDir
    Path dir;
    TestDatabase db;

    record Run(int exit, String out, String err) {
    }

    static Run cli(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = MigrationsCommand.run(o, e, args);
        }
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @BeforeEach
    void setUp() throws IOException {
        db = TestPostgres.newDatabase();
        write("20240101000000_users.sql", "CREATE TABLE users (id int PRIMARY KEY);\n");
        write("20240102000000_seed.sql", "INSERT INTO users VALUES (1);\nINSERT INTO users VALUES (2);\n");
        assertThat(cli("migrate", "hash", "--dir", dir.toString()).exit()).isZero();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private void write(String name, String sql) throws IOException {
        Files.writeString(dir.resolve(name), sql);
    }

    private String url() {
        return db.uri() + "?search_path=app";
    }

    @Test
    void applyPrintsAtlasStyleProgressThenStatusSaysOk() {
        Run apply = cli("migrate", "apply", "--dir", dir.toString(), "--url", url());

        assertThat(apply.exit()).as(apply.err()).isZero();
        assertThat(apply.out()).contains("Migrating to version 20240102000000 (2 migrations in total):")
                .contains("-- migrating version 20240101000000 (20240101000000_users.sql)")
                .contains("-- ok (").contains("[2/2, ")
                .contains("-- 2 migrations").contains("-- 3 sql statements");

        Run status = cli("migrate", "status", "--dir", dir.toString(), "--url", url());
        assertThat(status.exit()).isZero();
        assertThat(status.out()).contains("Migration Status: OK")
                .contains("-- Current Version: 20240102000000")
                .contains("-- Next Version:    Already at latest version")
                .contains("-- Executed Files:  2")
                .contains("-- Pending Files:   0");

        Run again = cli("migrate", "apply", "--dir", dir.toString(), "--url", url());
        assertThat(again.exit()).isZero();
        assertThat(again.out()).contains("No migration files to execute");
    }

    @Test
    void jsonOutputsAreSingleObjects() throws IOException {
        Run pending = cli("migrate", "status", "--dir", dir.toString(), "--url", url(), "--format", "json");
        assertThat(pending.out().strip()).isEqualTo("{\"status\":\"PENDING\",\"current\":null,\"next\":\"20240101000000\","
                + "\"applied\":0,\"pending\":[\"20240101000000_users.sql\",\"20240102000000_seed.sql\"],\"total\":2,"
                + "\"problems\":[]}");

        Run apply = cli("migrate", "apply", "--dir", dir.toString(), "--url", url(), "--format", "json");
        assertThat(apply.exit()).isZero();
        assertThat(apply.out().strip()).startsWith("{\"status\":\"APPLIED\",\"current\":\"20240102000000\",\"next\":null,"
                + "\"applied\":2,\"pending\":[],\"total\":2,\"from\":null,")
                .contains("\"file\":\"20240102000000_seed.sql\"").endsWith("}");
        assertThat(apply.out().strip().lines()).hasSize(1);

        write("20240103000000_bad.sql", "INSERT INTO nope VALUES (1);\n");
        cli("migrate", "hash", "--dir", dir.toString());
        Run failed = cli("migrate", "apply", "--dir", dir.toString(), "--url", url(), "--format", "json");
        assertThat(failed.exit()).isEqualTo(1);
        assertThat(failed.out().strip()).startsWith("{\"status\":\"FAILED\",\"applied\":0,\"files\":[],\"error\":")
                .contains("relation \\\"nope\\\" does not exist");
    }

    @Test
    void flywayRepeatablesAreListedLikeOtherFiles() throws IOException {
        Path flyway = dir.resolve("flyway");
        Files.createDirectories(flyway);
        Files.writeString(flyway.resolve("V1__users.sql"), "CREATE TABLE users (id int PRIMARY KEY, name text);\n");
        Files.writeString(flyway.resolve("R__user_names.sql"), "CREATE OR REPLACE VIEW user_names AS SELECT name "
                + "FROM users;\n");
        String[] where = {"--dir", flyway.toString(), "--dir-format", "flyway", "--url", url()};
        assertThat(cli("migrate", "hash", "--dir", flyway.toString(), "--dir-format", "flyway").exit()).isZero();

        Run dryRun = cli(concat(new String[] {"migrate", "apply", "--dry-run"}, where));
        assertThat(dryRun.out()).contains("-- 2 file(s) would be applied, from version (none) to 1")
                .contains("-- R__user_names.sql (repeatable)\nCREATE OR REPLACE VIEW user_names AS SELECT name FROM"
                        + " users;");

        Run apply = cli(concat(new String[] {"migrate", "apply"}, where));
        assertThat(apply.exit()).as(apply.err()).isZero();
        assertThat(apply.out()).contains("Migrating to version 1 (2 migrations in total):")
                .contains("-- migrating version 1 (V1__users.sql)")
                .contains("-- migrating repeatable user_names (R__user_names.sql)")
                .contains("-- 2 migrations");

        Files.writeString(flyway.resolve("R__user_names.sql"), "CREATE OR REPLACE VIEW user_names AS SELECT name, id "
                + "FROM users;\n");
        assertThat(cli("migrate", "hash", "--dir", flyway.toString(), "--dir-format", "flyway").exit()).isZero();
        Run status = cli(concat(new String[] {"migrate", "status"}, where));
        assertThat(status.out()).contains("Migration Status: PENDING")
                .contains("-- Current Version: 1")
                .contains("-- Next Version:    Already at latest version")
                .contains("-- Pending Files:   1")
                .contains("R__user_names.sql (repeatable, changed since it was applied)");

        Run json = cli(concat(new String[] {"migrate", "apply", "--format", "json"}, where));
        assertThat(json.out().strip()).startsWith("{\"status\":\"APPLIED\",\"current\":\"1\",\"next\":null,"
                + "\"applied\":1,").contains("\"version\":\"R__user_names\",\"description\":\"user_names\","
                + "\"file\":\"R__user_names.sql\"");
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    @Test
    void dryRunPrintsTheSqlAndWritesNothing() throws Exception {
        Run dry = cli("migrate", "apply", "--dir", dir.toString(), "--url", url(), "--dry-run");

        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("-- dry run: nothing is written to the database")
                .contains("-- 20240101000000_users.sql (version 20240101000000)")
                .contains("CREATE TABLE users (id int PRIMARY KEY);")
                .contains("INSERT INTO users VALUES (2);");
        try (Connection c = db.connect(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_namespace WHERE nspname = 'app'")) {
            rs.next();
            assertThat(rs.getInt(1)).isZero();
        }
    }

    @Test
    void setAndRehashReportWhatChanged() throws IOException {
        cli("migrate", "apply", "--dir", dir.toString(), "--url", url());

        Run set = cli("migrate", "set", "20240101000000", "--dir", dir.toString(), "--url", url());
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(set.out()).contains("Set to version 20240101000000 (1 revision(s) changed: 20240102000000)");

        Run status = cli("migrate", "status", "--dir", dir.toString(), "--url", url());
        assertThat(status.out()).contains("Migration Status: PENDING").contains("-- Next Version:    20240102000000");

        cli("migrate", "set", "20240102000000", "--dir", dir.toString(), "--url", url());
        write("20240101000000_users.sql", "CREATE TABLE users (id int PRIMARY KEY); -- reviewed\n");
        cli("migrate", "hash", "--dir", dir.toString());
        Run refused = cli("migrate", "apply", "--dir", dir.toString(), "--url", url());
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("20240101000000_users.sql").contains("record the new hashes with rehash()")
                .contains("\nhint: if the database already matches the new content, record it with 'migrations migrate"
                        + " rehash --dir " + dir + " --url <url>'");

        Run rehash = cli("migrate", "rehash", "--dir", dir.toString(), "--url", url());
        assertThat(rehash.exit()).isZero();
        assertThat(rehash.out()).contains("recorded the edited content of 20240101000000_users.sql as applied")
                .contains("updated the recorded atlas.sum hash of 1 later file(s) (content unchanged)");
        assertThat(cli("migrate", "apply", "--dir", dir.toString(), "--url", url()).exit()).isZero();
    }

    @Test
    void errorsGoToStderrWithoutStackTracesAndUsageErrorsExitTwo() throws IOException {
        Files.writeString(dir.resolve("20240101000000_users.sql"), "CREATE TABLE users (id bigint PRIMARY KEY);\n");

        Run mismatch = cli("migrate", "apply", "--dir", dir.toString(), "--url", url());
        assertThat(mismatch.exit()).isEqualTo(1);
        assertThat(mismatch.err()).contains("20240101000000_users.sql")
                .contains("\nhint: after reviewing the files, rewrite atlas.sum with 'migrations migrate hash --dir "
                        + dir + "'")
                .doesNotContain("\tat ");
        assertThat(mismatch.out()).isEmpty();

        Run badMode = cli("migrate", "apply", "--dir", dir.toString(), "--url", url(), "--lock-timeout", "soon");
        assertThat(badMode.exit()).isEqualTo(2);
        assertThat(badMode.err()).contains("'soon' is not a duration");

        Run help = cli("migrate", "apply", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--baseline").contains("--tx-mode").contains("--exec-order")
                .contains("--lock-timeout").contains("--revisions-schema").contains("--dry-run");
    }

    @Test
    void baselineAndDirtyFromTheCommandLine() throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE SCHEMA app");
            st.execute("CREATE TABLE app.users (id int PRIMARY KEY)");
        }
        Run dirty = cli("migrate", "apply", "--dir", dir.toString(), "--url", url());
        assertThat(dirty.exit()).isEqualTo(1);
        assertThat(dirty.err()).contains("schema \"app\" is not empty but has no revisions: found table app.users");

        Run baseline = cli("migrate", "apply", "--dir", dir.toString(), "--url", url(), "--baseline", "20240101000000");
        assertThat(baseline.exit()).as(baseline.err()).isZero();
        assertThat(baseline.out()).contains("Migrating to version 20240102000000 from 20240101000000 (1 migration in total)");
    }
}
