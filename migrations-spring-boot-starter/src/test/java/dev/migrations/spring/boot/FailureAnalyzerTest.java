package dev.migrations.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.migrations.spring.boot.it.Apps;
import dev.migrations.spring.boot.it.Db;
import dev.migrations.spring.boot.it.jdbc.JdbcApp;
import dev.migrations.error.MigrationsException;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A {@link MigrationsException} that stops the start becomes Spring Boot's failure report. */
@ExtendWith(OutputCaptureExtension.class)
class FailureAnalyzerTest {

    private final TestDatabase database = TestPostgres.newDatabase();
    private final Db db = new Db(database);

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void anEditedFileIsReportedWithTheCommandThatRehashes(@TempDir Path dir, CapturedOutput output)
            throws IOException {
        for (String file : new String[] {"atlas.sum", "20260101000000_create_person.sql",
                "20260102000000_person_email.sql"}) {
            try (InputStream in = getClass().getResourceAsStream("/db/migrations/" + file)) {
                Files.copy(in, dir.resolve(file));
            }
        }
        Files.writeString(dir.resolve("20260102000000_person_email.sql"), "ALTER TABLE person ADD COLUMN mail text;\n");

        Throwable failure = catchThrowable(() -> Apps.run(JdbcApp.class, database, "migrations.directory=" + dir));

        FailureAnalysis analysis = new MigrationsFailureAnalyzer().analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription()).contains("do not match atlas.sum")
                .contains("20260102000000_person_email.sql was edited");
        assertThat(analysis.getAction()).startsWith("If the change was intended, rewrite atlas.sum with the hash command"
                + " ('migrations migrate hash' or 'mvn migrations:hash', on the source folder)")
                .contains("otherwise revert your edit of 20260102000000_person_email.sql");
        assertThat(output).contains("APPLICATION FAILED TO START").contains("Description:")
                .contains(analysis.getDescription()).contains("Action:").contains(analysis.getAction());
        assertThat(db.tableExists("public", "atlas_schema_revisions")).isFalse();
    }

    @Test
    void aSchemaWithObjectsButNoRevisionsIsReportedWithTheProperties(CapturedOutput output) {
        db.execute("CREATE TABLE legacy (id int)");

        Throwable failure = catchThrowable(() -> Apps.run(JdbcApp.class, database));

        FailureAnalysis analysis = new MigrationsFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("is not empty but has no revisions").contains("allowDirty(true)");
        assertThat(analysis.getAction()).contains("migrations.baseline-version=V")
                .contains("set migrations.allow-dirty=true").doesNotContain("--").doesNotContain("in the API");
        assertThat(output).contains("APPLICATION FAILED TO START").contains(analysis.getAction());
    }
}
