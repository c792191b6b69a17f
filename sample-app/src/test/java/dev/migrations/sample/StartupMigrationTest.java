package dev.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.Migrations;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The starter migrating a new database when Spring Boot starts the application: every shipped file the first time,
 * nothing the second; through {@code DIRECT_DATABASE_URL} when it is set. Each test starts from an empty database.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartupMigrationTest {

    TestDatabase db;

    @BeforeEach
    void createDatabase() {
        db = TestPostgres.newDatabase();
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @Test
    void theFirstStartAppliesEveryShippedFileAndTheSecondNothing(CapturedOutput output) throws Exception {
        try (ConfigurableApplicationContext first = SampleRun.start(Map.of("DATABASE_URL", db.uri()))) {
            assertThat(output).contains("migrating schema app to version " + ShippedMigrationsTest.LATEST
                    + " from (none) (6 files pending of 6)")
                    .contains("applied 6 files to schema app");
            assertThat(Sql.rows(db.dataSource(), "SELECT version, type FROM app.atlas_schema_revisions ORDER BY "
                    + "version")).extracting(row -> row.get("version") + "/" + row.get("type")).containsExactlyElementsOf(
                    ShippedMigrationsTest.ALL_FILES.stream().map(f -> f.substring(6, 20) + "/2").toList());
            assertThat(first.getBean(Migrations.class).status().pending()).isEmpty();
            assertThat(SampleRun.api(first).getObject("/health")).containsEntry("appliedFiles", 6)
                    .containsEntry("schemaVersion", ShippedMigrationsTest.LATEST);
        }

        try (ConfigurableApplicationContext second = SampleRun.start(Map.of("DATABASE_URL", db.uri()))) {
            assertThat(output).contains("schema app is up to date at version " + ShippedMigrationsTest.LATEST
                    + " (6 files)");
            assertThat(SampleRun.api(second).getArray("/profiles")).hasSize(3);
        }
        assertThat(Sql.value(db.dataSource(), "SELECT count(*) FROM app.atlas_schema_revisions")).isEqualTo("6");
        // Spring Boot's own Flyway stayed off: no flyway_schema_history anywhere
        assertThat(Sql.value(db.dataSource(), "SELECT count(*) FROM pg_tables WHERE tablename = "
                + "'flyway_schema_history'")).isEqualTo("0");
    }

    @Test
    void itMigratesThroughTheDirectUrlAndServesThroughDatabaseUrl() throws Exception {
        try (TestDatabase served = TestPostgres.newDatabase()) {
            String servedJdbcUrl = served.jdbcUrl() + "?user=" + served.user() + "&password=" + served.password();

            try (ConfigurableApplicationContext app = SampleRun.start(Map.of("DIRECT_DATABASE_URL", db.uri(),
                    "DATABASE_URL", servedJdbcUrl))) {
                assertThat(Sql.value(db.dataSource(), "SELECT count(*) FROM app.atlas_schema_revisions"))
                        .isEqualTo("6");
                assertThat(Sql.value(served.dataSource(), "SELECT count(*) FROM pg_namespace WHERE nspname = 'app'"))
                        .isEqualTo("0");

                var health = SampleRun.api(app).get("/health");

                // the served database was not migrated (the direct one was), so the API finds no revisions table
                assertThat(health.statusCode()).isEqualTo(503);
                assertThat(Api.object(health.body())).containsEntry("status", "unavailable")
                        .hasEntrySatisfying("error", e -> assertThat((String) e).contains("app"));
            }
        }
    }

    @Test
    void aDirectUrlAloneInJdbcFormIsMigratedAndServed() throws Exception {
        String jdbcUrl = db.jdbcUrl() + "?user=" + db.user() + "&password=" + db.password();

        try (ConfigurableApplicationContext app = SampleRun.start(Map.of("DIRECT_DATABASE_URL", jdbcUrl))) {
            List<Map<String, Object>> profiles = SampleRun.api(app).getArray("/profiles");

            assertThat(profiles).hasSize(3);
            assertThat(Sql.value(db.dataSource(), "SELECT count(*) FROM app.atlas_schema_revisions")).isEqualTo("6");
        }
    }
}
