package dev.migrations.sql.migration;

import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.version.Version;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationTest {

    static Migration migration(Version version, MigrationKind kind, String release, String content) {
        return new Migration(version, version == null ? "" : version.text(), "x", kind, release, "1_x.sql",
                content.getBytes(StandardCharsets.UTF_8), "hash", Directives.NONE,
                DirectoryFormat.ATLAS);
    }

    @Test
    void pathIncludesTheReleaseFolder() {
        assertThat(migration(Version.parse("1"), MigrationKind.VERSIONED, "", "").path()).isEqualTo("1_x.sql");
        assertThat(migration(Version.parse("1"), MigrationKind.VERSIONED, "1.0.0", "").path()).isEqualTo("1.0.0/1_x.sql");
    }

    @Test
    void onlyRepeatableFilesGoWithoutVersion() {
        assertThatThrownBy(() -> migration(null, MigrationKind.VERSIONED, "", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs a version");
        assertThatThrownBy(() -> migration(Version.parse("1"), MigrationKind.REPEATABLE, "", ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has no version");
    }

    @Test
    void sqlKeepsEverythingButTheByteOrderMark() {
        assertThat(migration(Version.parse("1"), MigrationKind.VERSIONED, "", "\uFEFFSELECT 'å';\r\n").sql())
                .isEqualTo("SELECT 'å';\r\n");
        assertThat(migration(Version.parse("1"), MigrationKind.VERSIONED, "", "").sql()).isEmpty();
    }

    @Test
    void checksumDependsOnEveryByte() {
        int lf = migration(Version.parse("1"), MigrationKind.VERSIONED, "", "SELECT 1;\n").checksum32();
        int crlf = migration(Version.parse("1"), MigrationKind.VERSIONED, "", "SELECT 1;\r\n").checksum32();

        assertThat(lf).isNotEqualTo(crlf);
        assertThat(migration(Version.parse("2"), MigrationKind.VERSIONED, "", "SELECT 1;\n").checksum32()).isEqualTo(lf);
    }

    @Test
    void equalityComparesContent() {
        assertThat(migration(Version.parse("1"), MigrationKind.VERSIONED, "", "A"))
                .isEqualTo(migration(Version.parse("1"), MigrationKind.VERSIONED, "", "A"))
                .isNotEqualTo(migration(Version.parse("1"), MigrationKind.VERSIONED, "", "B"))
                .hasToString("1_x.sql (versioned 1)");
    }
}
