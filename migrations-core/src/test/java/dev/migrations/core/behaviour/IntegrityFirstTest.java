package dev.migrations.core.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.core.Migrations;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.fixture.MigrationDir;
import dev.migrations.error.SumMismatchException;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The directory's atlas.sum is verified before any database contact. */
class IntegrityFirstTest {

    @TempDir
    Path tmp;

    @Test
    void aSumMismatchFailsBeforeConnecting() {
        MigrationDir dir = new MigrationDir(tmp).file("1_a.sql", "CREATE TABLE a (id int);\n")
                .file("2_b.sql", "CREATE TABLE b (id int);\n")
                .editWithoutRehash("2_b.sql", "CREATE TABLE b (id bigint);\n");

        // nothing listens on port 1: reaching the database would fail with a connection error instead
        assertThatThrownBy(() -> Migrations.configure().url("postgres://u:pw@127.0.0.1:1/db")
                .directory(dir.location()).load())
                .isInstanceOf(SumMismatchException.class)
                .hasMessageContaining("2_b.sql")
                .hasMessageContaining("L3")
                .hasMessageContaining("rewrite atlas.sum with MigrationDirectory.writeSum()");
    }

    @Test
    void aSumMismatchLeavesTheDatabaseUntouched() {
        MigrationDir dir = new MigrationDir(tmp).file("1_a.sql", "CREATE TABLE a (id int);\n")
                .editWithoutRehash("1_a.sql", "CREATE TABLE a (id int, b int);\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            List<Map<String, String>> before = Db.catalog(db);

            assertThatThrownBy(() -> Migrations.configure().dataSource(db.dataSource()).directory(dir.location())
                    .load().migrate())
                    .isInstanceOf(SumMismatchException.class);
            assertThat(Db.catalog(db)).isEqualTo(before);
        }
    }
}
