package dev.migrations.core.behaviour;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.core.fixture.DatabaseTest;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.dir.DirectoryLocation;
import dev.migrations.sql.dir.DirectoryReader;
import dev.migrations.sql.dir.MigrationDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * golang-migrate and Prisma send each file to the server as one script: files apply in their tool's order, several
 * statements are atomic, a lone statement that refuses transactions works, and a file that opens its own transaction
 * block keeps that block (a failure inside it rolls the block back, and the next run starts the block again).
 */
class WholeScriptLayoutsTest extends DatabaseTest {

    private void write(String relative, String content) {
        try {
            Path file = tmp.resolve(relative);
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void hash(DirectoryFormat format) {
        DirectoryReader.read(DirectoryLocation.of(tmp), format).directories().forEach(MigrationDirectory::writeSum);
    }

    @Test
    void golangMigrateAppliesUnpaddedVersionsInNumericOrder() {
        write("6_users.up.sql", "CREATE TABLE users (id int PRIMARY KEY);\n");
        write("6_users.down.sql", "DROP TABLE users;\n");
        write("7_orders.up.sql", "CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users);\n");
        write("69_order_lines.up.sql", "CREATE TABLE order_lines (order_id int REFERENCES orders);\n");
        hash(DirectoryFormat.GOLANG_MIGRATE);

        MigrateResult result = config().load().migrate();

        assertThat(result.applied()).extracting(a -> a.file())
                .containsExactly("6_users.up.sql", "7_orders.up.sql", "69_order_lines.up.sql");
        assertThat(Db.value(db, "SELECT string_agg(version, ',' ORDER BY executed_at) FROM atlas_schema_revisions"))
                .isEqualTo("6,7,69");
        assertThat(Db.value(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'users'")).isEqualTo("1");
        assertThat(config().load().migrate().nothingApplied()).isTrue();
    }

    @Test
    void aPrismaMigrationIsAtomic() {
        write("migration_lock.toml", "provider = \"postgresql\"\n");
        write("20240101000000_init/migration.sql", "CREATE TABLE users (id int PRIMARY KEY);\n");
        write("20240102000000_seed/migration.sql", "CREATE TABLE audit (id int);\nINSERT INTO users VALUES (1);\n"
                + "INSERT INTO users VALUES (1);\n");
        hash(DirectoryFormat.PRISMA);

        assertThatThrownBy(() -> config().load().migrate())
                .hasMessageContaining("20240102000000_seed/migration.sql (version 20240102000000) failed at"
                        + " statement 3 of 3");

        assertThat(Db.value(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'audit'")).isEqualTo("0");
        assertThat(Db.value(db, "SELECT count(*) FROM users")).isEqualTo("0");
    }

    @Test
    void aPrismaMigrationOfOneConcurrentIndexBuildRunsOutsideATransaction() {
        write("20240101000000_init/migration.sql", "CREATE TABLE users (id int PRIMARY KEY, email text);\n");
        write("20240102000000_email_index/migration.sql", "CREATE INDEX CONCURRENTLY users_email ON users (email);\n");
        hash(DirectoryFormat.PRISMA);

        MigrateResult result = config().load().migrate();

        assertThat(result.applied()).extracting(a -> a.file()).containsExactly("20240101000000_init/migration.sql",
                "20240102000000_email_index/migration.sql");
        assertThat(Db.value(db, "SELECT indisvalid FROM pg_index WHERE indexrelid = 'users_email'::regclass"))
                .isEqualTo("t");
    }

    @Test
    void aFileWithItsOwnTransactionBlockKeepsIt() {
        write("1_users.up.sql", "CREATE TABLE users (id int PRIMARY KEY);\n");
        write("2_seed.up.sql", "CREATE TABLE audit (id int);\n"
                + "BEGIN;\nINSERT INTO users VALUES (1);\nINSERT INTO users VALUES (1);\nCOMMIT;\n"
                + "INSERT INTO audit VALUES (2);\n");
        hash(DirectoryFormat.GOLANG_MIGRATE);

        assertThatThrownBy(() -> config().load().migrate())
                .hasMessageContaining("2_seed.up.sql (version 2) failed at statement 4 of 6");

        // audit was created before the block and stays; the block's first insert was rolled back with it.
        assertThat(Db.value(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'audit'")).isEqualTo("1");
        assertThat(Db.value(db, "SELECT count(*) FROM users")).isEqualTo("0");
        assertThat(Db.value(db, "SELECT applied || '/' || total FROM atlas_schema_revisions WHERE version = '2'"))
                .isEqualTo("1/6");

        write("2_seed.up.sql", "CREATE TABLE audit (id int);\n"
                + "BEGIN;\nINSERT INTO users VALUES (1);\nINSERT INTO users VALUES (2);\nCOMMIT;\n"
                + "INSERT INTO audit VALUES (2);\n");
        hash(DirectoryFormat.GOLANG_MIGRATE);

        MigrateResult resumed = config().load().migrate();

        assertThat(resumed.applied()).extracting(a -> a.file()).containsExactly("2_seed.up.sql");
        assertThat(Db.value(db, "SELECT string_agg(id::text, ',' ORDER BY id) FROM users")).isEqualTo("1,2");
        assertThat(Db.value(db, "SELECT count(*) FROM audit")).isEqualTo("1");
        assertThat(Db.value(db, "SELECT applied || '/' || total FROM atlas_schema_revisions WHERE version = '2'"))
                .isEqualTo("6/6");
    }
}
