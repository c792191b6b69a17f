package dev.migrations.core.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.migrations.core.Migrations;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.fixture.MigrationDir;
import dev.migrations.core.result.FileState;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.core.result.StatusResult;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApplyTest {

    @TempDir
    Path tmp;
    MigrationDir dir;
    TestDatabase db;

    @BeforeEach
    void setUp() {
        dir = new MigrationDir(tmp)
                .file("20240101000000_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);\n"
                        + "CREATE UNIQUE INDEX users_email ON users (email);\n")
                .file("20240102000000_seed.sql", "INSERT INTO users VALUES (1, 'a@example.com');\n")
                .file("20240103000000_posts.sql", "CREATE TABLE posts (id bigint PRIMARY KEY, "
                        + "user_id bigint REFERENCES users (id));\n");
        db = TestPostgres.newDatabase();
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    private Migrations migrations() {
        return Migrations.configure().dataSource(db.dataSource()).directory(dir.location()).load();
    }

    @Test
    void appliesEveryFileOnceAndRecordsAtlasCompatibleRevisions() {
        MigrateResult result = migrations().migrate();

        assertThat(result.applied()).extracting(a -> a.file())
                .containsExactly("20240101000000_users.sql", "20240102000000_seed.sql", "20240103000000_posts.sql");
        assertThat(result.applied()).extracting(a -> a.statements()).containsExactly(2, 1, 1);
        assertThat(result.fromVersion()).isEmpty();
        assertThat(result.toVersion()).contains("20240103000000");
        assertThat(Db.value(db, "SELECT count(*) FROM users")).isEqualTo("1");

        List<Map<String, String>> rows = Db.rows(db, "SELECT version, description, type, applied, total, error, "
                + "error_stmt, hash, partial_hashes, operator_version FROM public.atlas_schema_revisions ORDER BY version");
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsEntry("version", "20240101000000").containsEntry("description", "users")
                .containsEntry("type", "2").containsEntry("applied", "2").containsEntry("total", "2")
                .containsEntry("error", null).containsEntry("error_stmt", null).containsEntry("partial_hashes", null)
                .containsEntry("hash", dir.sumEntry("20240101000000_users.sql"));
        assertThat(rows.get(0).get("operator_version")).startsWith("dev.migrations/");
        assertThat(rows.get(2)).containsEntry("hash", dir.sumEntry("20240103000000_posts.sql"));
        assertThat(Db.value(db, "SELECT count(*) FROM public.atlas_schema_revisions WHERE execution_time > 0 "
                + "AND execution_time < 60000000000 AND executed_at BETWEEN now() - interval '1 minute' AND now()"))
                .as("every row has a duration in nanoseconds and a start time").isEqualTo("3");

        List<Map<String, String>> journal = Db.rows(db, "SELECT version, type, script, success FROM "
                + "public.migrations_journal ORDER BY installed_rank");
        assertThat(journal).extracting(r -> r.get("version"))
                .containsExactly("20240101000000", "20240102000000", "20240103000000");
        assertThat(journal).allSatisfy(r -> assertThat(r).containsEntry("type", "SQL").containsEntry("success", "t"));
    }

    @Test
    void secondApplyIsANoOpAndStatusSaysOk() {
        migrations().migrate();
        List<Map<String, String>> before = Db.catalog(db);

        MigrateResult again = migrations().migrate();

        assertThat(again.nothingApplied()).isTrue();
        assertThat(again.fromVersion()).contains("20240103000000");
        assertThat(Db.catalog(db)).isEqualTo(before);
        StatusResult status = migrations().status();
        assertThat(status.status()).isEqualTo(StatusResult.Status.OK);
        assertThat(status.currentVersion()).contains("20240103000000");
        assertThat(status.nextVersion()).isEmpty();
        assertThat(status.executed()).extracting(f -> f.state()).containsOnly(FileState.APPLIED);
        assertThat(status.problems()).isEmpty();
    }

    @Test
    void statusBeforeAnyRunListsEveryFilePendingAndWritesNothing() {
        List<Map<String, String>> before = Db.catalog(db);

        StatusResult status = migrations().status();

        assertThat(status.status()).isEqualTo(StatusResult.Status.PENDING);
        assertThat(status.currentVersion()).isEmpty();
        assertThat(status.nextVersion()).contains("20240101000000");
        assertThat(status.pending()).hasSize(3);
        assertThat(status.totalFiles()).isEqualTo(3);
        assertThat(Db.catalog(db)).isEqualTo(before);
    }

    @Test
    void newFilesAddedLaterAreAppliedOnTheNextRun() {
        migrations().migrate();
        dir.file("20240104000000_comments.sql", "CREATE TABLE comments (id bigint);\n");

        MigrateResult result = migrations().migrate();

        assertThat(result.applied()).extracting(a -> a.version()).containsExactly("20240104000000");
        assertThat(result.fromVersion()).contains("20240103000000");
        assertThat(result.toVersion()).contains("20240104000000");
    }

    @Test
    void transactionalFailureRollsBackTheFileAndKeepsEarlierOnes() {
        dir.file("20240104000000_broken.sql", "CREATE TABLE half (id int);\nINSERT INTO missing_table VALUES (1);\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> migrations().migrate())
                .isInstanceOf(dev.migrations.core.error.MigrationFailedException.class)
                .hasMessageContaining("20240104000000_broken.sql (version 20240104000000) failed at statement 2 of 2, "
                        + "line 2")
                .hasMessageContaining("relation \"missing_table\" does not exist")
                .hasMessageContaining("The file was rolled back")
                .hasMessageContaining("Fix the file, rewrite atlas.sum with MigrationDirectory.writeSum()");

        assertThat(Db.value(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'half'")).isEqualTo("0");
        assertThat(Db.value(db, "SELECT count(*) FROM atlas_schema_revisions")).isEqualTo("3");
        assertThat(Db.value(db, "SELECT count(*) FROM migrations_journal")).isEqualTo("3");
        assertThat(migrations().status().pending()).extracting(f -> f.version()).containsExactly("20240104000000");
    }

    @Test
    void statementsSentTogetherStillNameTheOneThatFailed() {
        dir.file("20240104000000_batch.sql", "CREATE TABLE b (id int PRIMARY KEY);\n"
                + "CREATE INDEX b_id ON b (id);\n"
                + "INSERT INTO b VALUES (1);\n"
                + "INSERT INTO b VALUES (1);\n"
                + "INSERT INTO missing_table VALUES (1);\n");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> migrations().migrate())
                .isInstanceOf(dev.migrations.core.error.MigrationFailedException.class)
                .hasMessageContaining("20240104000000_batch.sql (version 20240104000000) failed at statement 4 of 5, "
                        + "line 4")
                .hasMessageContaining("duplicate key value violates unique constraint \"b_pkey\"")
                .hasMessageContaining("INSERT INTO b VALUES (1)")
                .hasMessageContaining("The file was rolled back");

        assertThat(Db.value(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'b'")).isEqualTo("0");
        assertThat(Db.value(db, "SELECT count(*) FROM atlas_schema_revisions")).isEqualTo("3");
    }

    @Test
    void aFileThatChangesTheSearchPathDoesNotChangeItForTheNextFile() {
        dir.file("20240104000000_elsewhere.sql", "CREATE SCHEMA other;\nSET search_path = other;\n"
                + "CREATE TABLE in_other (n int);\n")
                .file("20240105000000_here.sql", "CREATE TABLE in_target (n int);\n");

        migrations().migrate();

        assertThat(Db.value(db, "SELECT schemaname FROM pg_tables WHERE tablename = 'in_other'")).isEqualTo("other");
        assertThat(Db.value(db, "SELECT schemaname FROM pg_tables WHERE tablename = 'in_target'")).isEqualTo("public");
    }

    @Test
    void aFileThatChangesTheRoleDoesNotChangeItForTheNextFile() {
        assumeTrue("t".equals(Db.value(db, "SELECT rolcreaterole OR rolsuper FROM pg_roles "
                + "WHERE rolname = current_user")), "the test user may create roles");
        String role = "mig_other_" + ProcessHandle.current().pid();
        // the file's revisions row is written in its transaction, so the role it switches to needs the table
        dir.file("20240104000000_as_other.sql", "CREATE ROLE " + role + ";\nGRANT CREATE ON SCHEMA public TO " + role
                + ";\nGRANT ALL ON atlas_schema_revisions TO " + role + ";\nSET ROLE " + role + ";\n"
                + "CREATE TABLE made_by_other (n int);\n")
                .file("20240105000000_as_original.sql", "CREATE TABLE made_by_original (n int);\n");
        try {
            migrations().migrate();

            assertThat(Db.value(db, "SELECT tableowner FROM pg_tables WHERE tablename = 'made_by_other'"))
                    .isEqualTo(role);
            assertThat(Db.value(db, "SELECT tableowner FROM pg_tables WHERE tablename = 'made_by_original'"))
                    .isEqualTo(Db.value(db, "SELECT current_user"));
        } finally {
            Db.exec(db, "DROP TABLE IF EXISTS made_by_other", "DROP TABLE IF EXISTS atlas_schema_revisions", "DO $$ BEGIN IF EXISTS (SELECT FROM pg_roles WHERE "
                    + "rolname = '" + role + "') THEN REVOKE ALL ON SCHEMA public FROM " + role + "; END IF; END $$",
                    "DROP ROLE IF EXISTS " + role);
        }
    }

    @Test
    void everyKindOfStatementRunsAsWritten() {
        dir.file("20240104000000_kinds.sql", "CREATE TABLE nums (n int);\n"
                + "CREATE FUNCTION add_one(i int) RETURNS int LANGUAGE sql AS $$\n"
                + "  INSERT INTO nums VALUES (i);\n  SELECT i + 1;\n$$;\n"
                + "SELECT set_config('app.x', '1', false);\n"
                + "COPY nums (n) FROM STDIN;\n5\n6\n\\.\n"
                + "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $body$\nBEGIN\n"
                + "  RETURN NEW; -- a ; inside the body\nEND $body$;\n"
                + "DO $$ BEGIN PERFORM add_one(41); END $$;\n");

        MigrateResult result = migrations().migrate();

        assertThat(result.applied()).extracting(a -> a.statements()).containsExactly(2, 1, 1, 6);
        assertThat(Db.rows(db, "SELECT n FROM nums ORDER BY n")).extracting(r -> r.get("n"))
                .containsExactly("5", "6", "41");
        assertThat(Db.value(db, "SELECT count(*) FROM pg_proc WHERE proname IN ('add_one', 'touch')")).isEqualTo("2");
    }

    @Test
    void sqlStandardFunctionBodiesKeepTheirSemicolons() {
        assumeTrue(Integer.parseInt(Db.value(db, "SHOW server_version_num")) >= 140000,
                "BEGIN ATOMIC bodies need PostgreSQL 14");
        dir.file("20240104000000_atomic.sql", "CREATE TABLE nums (n int);\n"
                + "CREATE FUNCTION add_one(i int) RETURNS int\nLANGUAGE SQL\nBEGIN ATOMIC\n"
                + "  INSERT INTO nums VALUES (i);\n  SELECT i + 1;\nEND;\n"
                + "SELECT add_one(1);\n");

        MigrateResult result = migrations().migrate();

        assertThat(result.applied().get(3).statements()).isEqualTo(3);
        assertThat(Db.value(db, "SELECT count(*) FROM nums")).isEqualTo("1");
    }
}
