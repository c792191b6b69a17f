package dev.migrations.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MavenPhrasingTest {

    private static final Path BASEDIR = Path.of("/work/app");
    private final MavenPhrasing phrasing = new MavenPhrasing(BASEDIR.resolve("src/main/resources/db/migrations"),
            BASEDIR, "auto");

    @Test
    void hashCommandOfTheConfiguredDirectoryBecomesTheGoal() {
        assertThat(phrasing.apply("src/main/resources/db/migrations: the migration files do not match atlas.sum: L2:"
                + " a.sql was edited. If the change was intended, run 'migrations migrate hash --dir"
                + " src/main/resources/db/migrations'; otherwise revert your edit of a.sql."))
                .isEqualTo("src/main/resources/db/migrations: the migration files do not match atlas.sum: L2:"
                        + " a.sql was edited. If the change was intended, run 'mvn migrations:hash'; otherwise revert"
                        + " your edit of a.sql.");
    }

    @Test
    void releaseFoldersAndAbsolutePathsOfTheDirectoryNeedNoProperty() {
        assertThat(phrasing.apply("run 'migrations migrate hash --dir src/main/resources/db/migrations/1.0.0"
                + " --dir-format flyway'")).isEqualTo("run 'mvn migrations:hash'");
        assertThat(phrasing.apply("run 'migrations migrate hash --dir /work/app/src/main/resources/db/migrations'"))
                .isEqualTo("run 'mvn migrations:hash'");
    }

    @Test
    void anotherDirectoryIsNamedWithTheProperty() {
        assertThat(phrasing.apply("run 'migrations migrate hash --dir \"other dir/db\"'"))
                .isEqualTo("run 'mvn migrations:hash \"-Dmigrations.directory=other dir/db\"'");
    }

    @Test
    void explicitFormatThatDiffersIsNamed() {
        MavenPhrasing atlas = new MavenPhrasing(BASEDIR.resolve("db"), BASEDIR, "atlas");
        assertThat(atlas.apply("run 'migrations migrate hash --dir db --dir-format flyway'"))
                .isEqualTo("run 'mvn migrations:hash -Dmigrations.directoryFormat=flyway'");
    }

    @Test
    void otherVerbsBecomeTheirGoals() {
        assertThat(phrasing.apply("mark the file applied with 'migrations migrate set 3 --dir"
                + " src/main/resources/db/migrations'"))
                .isEqualTo("mark the file applied with 'mvn migrations:set -Dmigrations.version=3'");
        assertThat(phrasing.apply("record the new hashes with 'migrations migrate rehash --dir"
                + " src/main/resources/db/migrations --url <url>'. Nothing was changed."))
                .isEqualTo("record the new hashes with 'mvn migrations:rehash'. Nothing was changed.");
        assertThat(phrasing.apply("run 'migrations migrate status --dir src/main/resources/db/migrations' to see"))
                .isEqualTo("run 'mvn migrations:status' to see");
    }

    @Test
    void dirtySchemaAdviceNamesBaselineAndAllowDirty() {
        assertThat(phrasing.apply("adopt it with 'migrations migrate apply --dir src/main/resources/db/migrations"
                + " --baseline V' (or baseline(V) in the API); to apply every file on top of what is there, pass"
                + " --allow-dirty. Nothing was changed."))
                .isEqualTo("adopt it with 'mvn migrations:apply -Dmigrations.baseline=V' (or <baseline>V</baseline>);"
                        + " to apply every file on top of what is there, set <allowDirty>true</allowDirty>"
                        + " (-Dmigrations.allowDirty). Nothing was changed.");
    }

    @Test
    void apiAndCommandLineOptionsBecomeParameters() {
        assertThat(phrasing.apply("Say which one with the history table option (historyTable(\"app.flyway_schema_history\")"
                + " in the API, --history-table app.flyway_schema_history on the command line), and run again."))
                .isEqualTo("Say which one with the history table option (<historyTable>app.flyway_schema_history"
                        + "</historyTable>, -Dmigrations.historyTable=app.flyway_schema_history), and run again.");
        assertThat(phrasing.apply("or choose --exec-order non-linear to apply them anyway"))
                .isEqualTo("or choose <execOrder>non-linear</execOrder> (-Dmigrations.execOrder=non-linear) to apply"
                        + " them anyway");
        assertThat(phrasing.apply("read the directory with --dir-format goose (API: directoryFormat(DirectoryFormat"
                + ".GOOSE))")).isEqualTo("read the directory with <directoryFormat>goose</directoryFormat>"
                + " (-Dmigrations.directoryFormat=goose)");
        assertThat(phrasing.apply("or raise the lock timeout (--lock-timeout). If"))
                .isEqualTo("or raise the lock timeout (<lockTimeout>, -Dmigrations.lockTimeout=10m). If");
        assertThat(phrasing.apply("or pass --allow-pooler if this pooler runs in session mode."))
                .isEqualTo("or set <allowPooler>true</allowPooler> (-Dmigrations.allowPooler) if this pooler runs in"
                        + " session mode.");
        assertThat(phrasing.apply("by using that table as its revisions table (revisionsSchema(\"a\") and"
                + " revisionsTable(\"b\"), --revisions-schema a --revisions-table b)."))
                .isEqualTo("by using that table as its revisions table (<revisionsSchema>a</revisionsSchema> and"
                        + " <revisionsTable>b</revisionsTable>, -Dmigrations.revisionsSchema=a"
                        + " -Dmigrations.revisionsTable=b).");
    }

    @Test
    void messagesWithoutAFixStayAsTheyAre() {
        String message = "20260101_x.sql (version 20260101) failed at statement 1 of 1, line 1: ERROR: boom";
        assertThat(phrasing.apply(message)).isEqualTo(message);
        assertThat(phrasing.apply(null)).isNull();
    }
}
