package dev.migrations.core.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.core.Migrations;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.fixture.MigrationDir;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.error.MigrationsException;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A root of sequential release folders, each with its own atlas.sum, applies as one history. */
class ReleaseFoldersTest {

    @TempDir
    Path root;

    @Test
    void releasesApplyInFolderOrderAndRecordTheirOwnHashes() throws Exception {
        MigrationDir first = new MigrationDir(Files.createDirectories(root.resolve("1.0.0")))
                .file("20240101000000_users.sql", "CREATE TABLE users (id int PRIMARY KEY);\n");
        MigrationDir second = new MigrationDir(Files.createDirectories(root.resolve("1.1.0")))
                .file("20240201000000_orders.sql", "CREATE TABLE orders (id int, user_id int REFERENCES users);\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            MigrateResult result = Migrations.configure().dataSource(db.dataSource()).directory(root.toString())
                    .load().migrate();

            assertThat(result.applied()).extracting(a -> a.file())
                    .containsExactly("1.0.0/20240101000000_users.sql", "1.1.0/20240201000000_orders.sql");
            assertThat(Db.value(db, "SELECT hash FROM atlas_schema_revisions WHERE version = '20240201000000'"))
                    .isEqualTo(second.sumEntry("20240201000000_orders.sql"));
            assertThat(Db.value(db, "SELECT hash FROM atlas_schema_revisions WHERE version = '20240101000000'"))
                    .isEqualTo(first.sumEntry("20240101000000_users.sql"));
            assertThat(Db.value(db, "SELECT script FROM migrations_journal WHERE version = '20240201000000'"))
                    .isEqualTo("1.1.0/20240201000000_orders.sql");
        }
    }

    @Test
    void aReleaseWhoseVersionsDoNotFollowThePreviousOneIsRejectedBeforeConnecting() throws Exception {
        new MigrationDir(Files.createDirectories(root.resolve("1.0.0")))
                .file("20240301000000_late.sql", "CREATE TABLE late (id int);\n");
        new MigrationDir(Files.createDirectories(root.resolve("1.1.0")))
                .file("20240201000000_early.sql", "CREATE TABLE early (id int);\n");

        assertThatThrownBy(() -> Migrations.configure().url("postgres://u:pw@127.0.0.1:1/db")
                .directory(root.toString()).load())
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining("20240301000000_late.sql")
                .hasMessageContaining("20240201000000_early.sql");
    }
}
