package dev.migrations.sql.internal.layout;

import dev.migrations.error.LayoutException;
import dev.migrations.sql.dir.DirectoryFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForeignAnnotationsTest {

    private static final String FILE = "db/1_x.sql";

    static void refused(DirectoryFormat format, String text, int line, String... messageParts) {
        assertThatThrownBy(() -> MigrationScripts.check(format, FILE, text))
                .isInstanceOfSatisfying(LayoutException.class, e -> {
                    assertThat(e.file()).isEqualTo(FILE);
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).startsWith(FILE + " line " + line + ": ").contains(messageParts)
                            .doesNotEndWith(".");
                });
    }

    static void accepted(DirectoryFormat format, String text) {
        assertThatCode(() -> MigrationScripts.check(format, FILE, text)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @EnumSource(value = DirectoryFormat.class, names = {"ATLAS", "FLYWAY", "GOLANG_MIGRATE", "PRISMA"})
    void gooseFileReadAsAnotherLayoutIsRefused(DirectoryFormat format) {
        refused(format, "-- +goose Up\nCREATE TABLE t (id int);\n-- +goose Down\nDROP TABLE t;\n", 1,
                "goose annotation '-- +goose Up' in a directory read as " + format.cliName() + " files",
                "the whole file would run as plain SQL, its goose Down section included",
                "read the directory with --dir-format goose (API: directoryFormat(DirectoryFormat.GOOSE))");
    }

    @ParameterizedTest
    @EnumSource(value = DirectoryFormat.class, names = {"ATLAS", "FLYWAY", "GOLANG_MIGRATE", "PRISMA"})
    void dbmateFileReadAsAnotherLayoutIsRefused(DirectoryFormat format) {
        refused(format, "\n-- migrate:up\nCREATE TABLE t (id int);\n-- migrate:down\nDROP TABLE t;\n", 2,
                "dbmate marker '-- migrate:up' in a directory read as " + format.cliName() + " files",
                "its '-- migrate:down' section included",
                "read the directory with --dir-format dbmate (API: directoryFormat(DirectoryFormat.DBMATE))");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-- +goose Down", "--+goose Up", "-- +goose StatementBegin", "-- +goose NO TRANSACTION",
            "-- +goose envsub on", "   -- +goose Down", "-- migrate:down", "--migrate:up transaction:false",
            "-- migrate:down\r"})
    void anyAnnotationMarksTheFile(String line) {
        refused(DirectoryFormat.ATLAS, "CREATE TABLE t (id int);\n" + line + "\nDROP TABLE t;\n", 2,
                "'" + line.strip() + "'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-- we moved off +goose in 2023", "-- +goose", "-- +goose Up +goose",
            "SELECT '-- +goose Up';", "  -- migrate:up", "-- Migrate:Up", "-- migrate:upgrade", "x -- migrate:up",
            "-- see migrate:up in dbmate"})
    void mentionsAreNoAnnotations(String line) {
        accepted(DirectoryFormat.ATLAS, "CREATE TABLE t (id int);\n" + line + "\nDROP TABLE t;\n");
    }

    @Test
    void plainFilesPass() {
        accepted(DirectoryFormat.ATLAS, "");
        accepted(DirectoryFormat.FLYWAY, "CREATE TABLE t (id int);\n-- +goosey\n");
        accepted(DirectoryFormat.PRISMA, "-- CreateTable\nCREATE TABLE \"t\" (\"id\" INTEGER);\n");
    }

    @Test
    void firstForeignLineIsNamed() {
        refused(DirectoryFormat.ATLAS, "SELECT 1;\n-- migrate:up\n-- +goose Up\n", 2, "dbmate marker");
        refused(DirectoryFormat.ATLAS, "SELECT 1;\n-- +goose Up\n-- migrate:up\n", 2, "goose annotation");
        refused(DirectoryFormat.ATLAS, "-- +goose is history\n-- +goose Down\n", 2, "'-- +goose Down'");
    }

    @Test
    void lineNumbersCountCrlfAndByteOrderMark() {
        refused(DirectoryFormat.FLYWAY, "\uFEFF-- +goose Up\r\nSELECT 1;\r\n", 1, "'-- +goose Up'");
        refused(DirectoryFormat.FLYWAY, "\uFEFF-- migrate:up\r\nSELECT 1;\r\n", 1, "'-- migrate:up'");
        refused(DirectoryFormat.FLYWAY, "SELECT 1;\r\n\r\n-- +goose Down\r\nSELECT 2;\r\n", 3, "'-- +goose Down'");
    }

    @Test
    void gooseAndDbmateFilesPassTheirOwnChecks() {
        accepted(DirectoryFormat.GOOSE, "-- +goose Up\nSELECT 1;\n-- +goose Down\nSELECT 2;\n");
        accepted(DirectoryFormat.DBMATE, "-- migrate:up\nSELECT 1;\n-- migrate:down\nSELECT 2;\n");
    }

    @Test
    void eachLayoutRefusesTheOthersMarkers() {
        refused(DirectoryFormat.GOOSE, "-- migrate:up\n-- +goose Up\nSELECT 1;\n-- migrate:down\n", 1,
                "dbmate marker '-- migrate:up' in a directory read as goose files",
                "or remove the dbmate markers if the file is goose's");
        refused(DirectoryFormat.DBMATE, "-- migrate:up\n-- +goose Up\nSELECT 1;\n-- migrate:down\n", 2,
                "goose annotation '-- +goose Up' in a directory read as dbmate files",
                "or remove the goose annotations if the file is dbmate's");
    }
}
