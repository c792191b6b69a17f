package dev.migrations.sql.dir;

import dev.migrations.error.MigrationsException;
import dev.migrations.sql.testing.Folder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LayoutDetectionTest {

    @TempDir
    Path temp;

    private MigrationRoot auto() {
        return DirectoryReader.read(DirectoryLocation.of(temp), DirectoryFormat.AUTO);
    }

    @Test
    void plainSqlFilesAreAtlas() {
        Folder.at(temp).file("20240101000000_a.sql", "CREATE TABLE a (id int);\n").file("atlas.sum", "h1:x");
        assertThat(auto().format()).isEqualTo(DirectoryFormat.ATLAS);
    }

    @Test
    void anEmptyDirectoryIsAtlas() {
        assertThat(auto().format()).isEqualTo(DirectoryFormat.ATLAS);
    }

    @Test
    void gooseAnnotationsInTheFirstFileMakeItGoose() {
        Folder.at(temp).file("00001_a.sql", "-- +goose Up\nCREATE TABLE a (id int);\n-- +goose Down\nDROP TABLE a;\n")
                .file("00002_b.sql", "-- +goose Up\nSELECT 1;\n");
        MigrationRoot root = auto();
        assertThat(root.format()).isEqualTo(DirectoryFormat.GOOSE);
        assertThat(root.directories().get(0).files()).hasSize(2);
    }

    @Test
    void gooseAnnotationsWithWindowsLineEndings() {
        Folder.at(temp).file("1_a.sql", "\r\n-- +goose Up\r\nCREATE TABLE a (id int);\r\n");
        assertThat(auto().format()).isEqualTo(DirectoryFormat.GOOSE);
    }

    @Test
    void dbmateMarkersMakeItDbmate() {
        Folder.at(temp).file("20200101000000_a.sql", "-- migrate:up\nCREATE TABLE a (id int);\n\n-- migrate:down\n");
        assertThat(auto().format()).isEqualTo(DirectoryFormat.DBMATE);
    }

    @Test
    void upAndDownFilesAreGolangMigrate() {
        Folder.at(temp).file("1_a.up.sql", "CREATE TABLE a (id int);").file("1_a.down.sql", "DROP TABLE a;");
        assertThat(auto().format()).isEqualTo(DirectoryFormat.GOLANG_MIGRATE);
    }

    @Test
    void versionedAndRepeatableNamesAreFlyway() {
        Folder.at(temp).file("V1__init.sql", "CREATE TABLE a (id int);").file("R__views.sql", "SELECT 1;");
        assertThat(auto().format()).isEqualTo(DirectoryFormat.FLYWAY);
    }

    @Test
    void flywayFilesInSubFoldersOnlyAreFlyway() {
        Folder.at(temp).file("init/V1__init.sql", "CREATE TABLE a (id int);")
                .file("later/deeper/V2__more.sql", "SELECT 1;");
        MigrationRoot root = auto();
        assertThat(root.format()).isEqualTo(DirectoryFormat.FLYWAY);
        assertThat(root.directories().get(0).files()).hasSize(2);
    }

    @Test
    void migrationFoldersAreAPrismaHistory() {
        Folder.at(temp).file("migration_lock.toml", "provider = \"postgresql\"\n")
                .file("20230404095503_init/migration.sql", "CREATE TABLE a (id int);")
                .file("20230411134605_more/migration.sql", "CREATE TABLE b (id int);");
        MigrationRoot root = auto();
        assertThat(root.format()).isEqualTo(DirectoryFormat.PRISMA);
        assertThat(root.directories().get(0).files()).extracting(DirectoryFile::name)
                .containsExactly("20230404095503_init/migration.sql", "20230411134605_more/migration.sql");
    }

    @Test
    void twoLayoutsAtOnceAreAnErrorThatListsBoth() {
        Folder.at(temp).file("V1__init.sql", "SELECT 1;").file("2_x.up.sql", "SELECT 2;");
        assertThatThrownBy(this::auto)
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining("cannot tell which tool's layout")
                .hasMessageContaining("flyway files (V1__init.sql)")
                .hasMessageContaining("golang-migrate files (2_x.up.sql)")
                .hasMessageContaining("--dir-format");
    }

    @Test
    void aReleaseRootIsDetectedFromItsFirstRelease() {
        Folder.at(temp).file("1.0.0/1_a.sql", "-- +goose Up\nSELECT 1;\n").file("1.1.0/2_b.sql", "-- +goose Up\n");
        MigrationRoot root = auto();
        assertThat(root.format()).isEqualTo(DirectoryFormat.GOOSE);
        assertThat(root.releaseRoot()).isTrue();
    }

    @Test
    void anExplicitLayoutWithoutItsFilesNamesTheLayoutThatFits() {
        Folder.at(temp).file("20230404095503_init/migration.sql", "CREATE TABLE a (id int);");
        assertThatThrownBy(() -> DirectoryReader.read(DirectoryLocation.of(temp), DirectoryFormat.ATLAS))
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining("has no atlas migration files, but it looks like a prisma directory"
                        + " (20230404095503_init/migration.sql)")
                .hasMessageContaining("--dir-format prisma");
    }

    @Test
    void golangMigrateOverPlainFilesIsNotASilentSuccess() {
        Folder.at(temp).file("20240101000000_a.sql", "CREATE TABLE a (id int);");
        assertThatThrownBy(() -> DirectoryReader.read(DirectoryLocation.of(temp), DirectoryFormat.GOLANG_MIGRATE))
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining("has no golang-migrate migration files, but it looks like an atlas directory");
    }

    @Test
    void aPrismaFolderWithoutItsScriptIsRefused() {
        Folder.at(temp).file("20230404095503_init/migration.sql", "SELECT 1;")
                .file("20230411134605_more/notes.txt", "x");
        assertThatThrownBy(() -> DirectoryReader.read(DirectoryLocation.of(temp), DirectoryFormat.PRISMA))
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining("20230411134605_more has no migration.sql")
                .hasMessageContaining("P3015");
    }

    @Test
    void aPrismaHistoryForAnotherDatabaseIsRefused() {
        Folder.at(temp).file("migration_lock.toml", "# Please do not edit\nprovider = \"mysql\"\n")
                .file("20230404095503_init/migration.sql", "SELECT 1;");
        assertThatThrownBy(() -> DirectoryReader.read(DirectoryLocation.of(temp), DirectoryFormat.PRISMA))
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining("migration_lock.toml says provider = \"mysql\"");
    }

    @Test
    void upAndDownNamesHashedTogetherByAtlasStayAtlas() {
        Folder.at(temp).file("1_initial.up.sql", "CREATE TABLE a (id int);").file("1_initial.down.sql", "DROP TABLE a;");
        DirectoryReader.read(DirectoryLocation.of(temp), DirectoryFormat.ATLAS).directories().get(0).writeSum();
        assertThat(auto().format()).isEqualTo(DirectoryFormat.ATLAS);
    }

    @Test
    void upFilesAmongPlainFilesAreAtlasFiles() {
        Folder.at(temp).file("1.a_sub.up.sql", "SELECT 1;").file("2_b.sql", "SELECT 2;");
        assertThat(auto().format()).isEqualTo(DirectoryFormat.ATLAS);
    }

    @Test
    void upFilesAloneWithTheirSumStayGolangMigrate() {
        Folder.at(temp).file("1_a.up.sql", "CREATE TABLE a (id int);").file("2_b.up.sql", "SELECT 1;");
        DirectoryReader.read(DirectoryLocation.of(temp), DirectoryFormat.GOLANG_MIGRATE).directories().get(0)
                .writeSum();
        assertThat(auto().format()).isEqualTo(DirectoryFormat.GOLANG_MIGRATE);
    }
}
