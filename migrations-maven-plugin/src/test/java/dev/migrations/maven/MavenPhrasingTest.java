package dev.migrations.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MavenPhrasingTest {

    private final MavenPhrasing phrasing = new MavenPhrasing();

    @Test
    void theHashCallBecomesTheGoal() {
        assertThat(phrasing.apply("src/main/resources/db/migrations: the migration files do not match atlas.sum: L2:"
                + " a.sql was edited. If the change was intended, rewrite atlas.sum with MigrationDirectory.writeSum()"
                + " (the hash command); otherwise revert your edit of a.sql."))
                .isEqualTo("src/main/resources/db/migrations: the migration files do not match atlas.sum: L2:"
                        + " a.sql was edited. If the change was intended, rewrite atlas.sum with 'mvn migrations:hash';"
                        + " otherwise revert your edit of a.sql.");
    }

    @Test
    void statusRehashAndSetBecomeTheirGoals() {
        assertThat(phrasing.apply("mark the file applied with set(\"3\")"))
                .isEqualTo("mark the file applied with 'mvn migrations:set -Dmigrations.version=3'");
        assertThat(phrasing.apply("record the new hashes with rehash(). Nothing was changed."))
                .isEqualTo("record the new hashes with 'mvn migrations:rehash'. Nothing was changed.");
        assertThat(phrasing.apply("see where the schema is with status(), then apply again"))
                .isEqualTo("see where the schema is with 'mvn migrations:status', then apply again");
    }

    @Test
    void theDirectoryFormatBecomesTheParameter() {
        assertThat(phrasing.apply("read the directory with --dir-format goose (API: directoryFormat(DirectoryFormat"
                + ".GOOSE))")).isEqualTo("read the directory with <directoryFormat>goose</directoryFormat>"
                + " (-Dmigrations.directoryFormat=goose)");
    }

    @Test
    void messagesWithoutAFixStayAsTheyAre() {
        String message = "20260101_x.sql (version 20260101) failed at statement 1 of 1, line 1: ERROR: boom";
        assertThat(phrasing.apply(message)).isEqualTo(message);
        assertThat(phrasing.apply(null)).isNull();
    }
}
