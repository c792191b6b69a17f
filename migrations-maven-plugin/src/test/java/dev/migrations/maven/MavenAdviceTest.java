package dev.migrations.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.error.HistoryConflictException;
import dev.migrations.core.error.TakeoverException;
import dev.migrations.core.result.ForeignTool;
import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The goals and parameters a build failure of each kind adds. */
class MavenAdviceTest {

    @Test
    void theKindOfAnErrorNamesTheParametersThatFixIt() {
        assertThat(MavenAdvice.of(new HistoryConflictException(ErrorKind.DIRTY_DATABASE, "public", List.of(),
                List.of(), "schema \"public\" is not empty")))
                .hasValue("In this build: <baseline>V</baseline> (-Dmigrations.baseline=V) adopts the schema at version"
                        + " V; <allowDirty>true</allowDirty> (-Dmigrations.allowDirty) applies every file on top of"
                        + " what is there.");
        assertThat(MavenAdvice.of(new HistoryConflictException(ErrorKind.OUT_OF_ORDER, "public", List.of("2_b.sql"),
                List.of("2"), "older"))).hasValue("In this build: <execOrder>non-linear</execOrder>"
                + " (-Dmigrations.execOrder=non-linear) applies them anyway, <execOrder>linear-skip</execOrder>"
                + " (-Dmigrations.execOrder=linear-skip) skips them.");
        assertThat(MavenAdvice.of(new HistoryConflictException(ErrorKind.DATABASE_AHEAD, "public", List.of(),
                List.of("9"), "ahead"))).hasValue("In this build: <strict>false</strict> (-Dmigrations.strict=false)"
                + " continues with a warning.");
        assertThat(MavenAdvice.of(new MigrationsException(ErrorKind.TRANSACTION_CONFLICT, "mode all")))
                .hasValue("In this build: <txMode>file</txMode> (-Dmigrations.txMode=file) runs each file in its own"
                        + " transaction.");
        assertThat(MavenAdvice.of(new MigrationsException(ErrorKind.LOCK_TIMEOUT, "timed out")))
                .hasValue("In this build: <lockTimeout> (-Dmigrations.lockTimeout=10m) sets how long to wait.");
        assertThat(MavenAdvice.of(new MigrationsException(ErrorKind.POOLER_REFUSED, "pooler")))
                .hasValue("In this build: <allowPooler>true</allowPooler> (-Dmigrations.allowPooler), only for a"
                        + " pooler in session mode.");
        assertThat(MavenAdvice.of(new MigrationsException(ErrorKind.DIRECTORY_NOT_FOUND, "missing")))
                .hasValue("In this build: <directory> (-Dmigrations.directory=...) names the migration folder.");
        assertThat(MavenAdvice.of(new MigrationsException(ErrorKind.MIGRATION_FAILED, "boom"))).isEmpty();
    }

    @Test
    void aRefusedTakeoverNamesTheTableParameters() {
        assertThat(MavenAdvice.of(new TakeoverException(TakeoverException.Reason.SEVERAL_TABLES, null,
                List.of("\"app\".\"flyway_schema_history\"", "\"app\".\"goose_db_version\""), List.of(), "several")))
                .hasValue("In this build: <historyTable> (-Dmigrations.historyTable=app.flyway_schema_history) says"
                        + " which history to take over.");
        assertThat(MavenAdvice.of(new TakeoverException(TakeoverException.Reason.FAILED_MIGRATION, ForeignTool.ATLAS,
                List.of("\"atlas\".\"atlas_schema_revisions\""), List.of("2"), "partly applied")))
                .hasValue("In this build: <revisionsSchema>atlas</revisionsSchema> and <revisionsTable>"
                        + "atlas_schema_revisions</revisionsTable> (-Dmigrations.revisionsSchema=atlas"
                        + " -Dmigrations.revisionsTable=atlas_schema_revisions) let this plugin resume it.");
        assertThat(MavenAdvice.of(new TakeoverException(TakeoverException.Reason.FAILED_MIGRATION, ForeignTool.FLYWAY,
                List.of("\"public\".\"flyway_schema_history\""), List.of("2"), "failed"))).isEmpty();
    }
}
