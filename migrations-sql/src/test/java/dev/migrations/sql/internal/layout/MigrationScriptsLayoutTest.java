package dev.migrations.sql.internal.layout;

import dev.migrations.error.LayoutException;
import dev.migrations.sql.internal.analysis.SqlStatement;
import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.migration.Directives;
import dev.migrations.sql.migration.TxMode;
import dev.migrations.sql.migration.Migration;
import dev.migrations.sql.migration.MigrationKind;
import dev.migrations.sql.version.Version;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** {@link MigrationScripts} hands goose and dbmate files to their readers. */
class MigrationScriptsLayoutTest {

    static Migration migration(DirectoryFormat format, String content) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new Migration(Version.parse("1"), "1", "x", MigrationKind.VERSIONED, "", "1_x.sql", bytes, "hash",
                Directives.NONE, format);
    }

    @Test
    void gooseFilesRunTheirUpSectionWithTheEnvironment() {
        MigrationScript script = MigrationScripts.read(migration(DirectoryFormat.GOOSE, "\uFEFF-- +goose Up\r\n"
                + "-- +goose NO TRANSACTION\r\n-- +goose ENVSUB ON\r\nCREATE INDEX CONCURRENTLY i ON ${T} (c);\r\n"
                + "-- +goose Down\r\nDROP INDEX i;\r\n"), Map.of("T", "users"));

        assertThat(script.statements()).extracting(SqlStatement::sql, SqlStatement::line)
                .containsExactly(tuple("CREATE INDEX CONCURRENTLY i ON users (c)", 4));
        assertThat(script.txMode()).contains(TxMode.NONE);
        assertThat(script.txModeSource()).isEqualTo("-- +goose NO TRANSACTION");
    }

    @Test
    void dbmateFilesRunTheirUpSections() {
        MigrationScript script = MigrationScripts.read(migration(DirectoryFormat.DBMATE,
                "-- migrate:up transaction:false\nCREATE INDEX CONCURRENTLY i ON t (c);\n-- migrate:down\n"
                        + "DROP INDEX i;\n"), Map.of());

        assertThat(script.statements()).extracting(SqlStatement::sql, SqlStatement::line)
                .containsExactly(tuple("CREATE INDEX CONCURRENTLY i ON t (c)", 2));
        assertThat(script.txMode()).contains(TxMode.NONE);
        assertThat(script.txModeSource()).isEqualTo("-- migrate:up transaction:false");
    }

    @Test
    void checkDispatchesByLayout() {
        String goose = "-- +goose Up\nSELECT 1;\n";
        MigrationScripts.check(DirectoryFormat.GOOSE, "1_x.sql", goose);
        assertThatThrownBy(() -> MigrationScripts.check(DirectoryFormat.DBMATE, "1_x.sql", goose))
                .isInstanceOf(LayoutException.class).hasMessageContaining("goose annotation");
        assertThatThrownBy(() -> MigrationScripts.check(DirectoryFormat.ATLAS, "1_x.sql", goose))
                .isInstanceOf(LayoutException.class).hasMessageContaining("read as atlas files");
        assertThatThrownBy(() -> MigrationScripts.check(DirectoryFormat.GOOSE, "1_x.sql", "SELECT 1;\n"))
                .isInstanceOf(LayoutException.class).hasMessageContaining("SQL before '-- +goose Up'");
        assertThatThrownBy(() -> MigrationScripts.check(DirectoryFormat.DBMATE, "1_x.sql", "SELECT 1;\n"))
                .isInstanceOf(LayoutException.class).hasMessageContaining("no '-- migrate:up'");
    }
}
