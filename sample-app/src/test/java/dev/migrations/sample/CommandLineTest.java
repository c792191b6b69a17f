package dev.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code main} in a child JVM: exit codes and what an operator reads. */
class CommandLineTest {

    static final Duration TIMEOUT = Duration.ofSeconds(90);

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
    void migrateOnlyMigratesAndExitsThenFindsNothingToApply() throws Exception {
        try (SampleProcess first = SampleProcess.start(Map.of("DATABASE_URL", db.uri()), "--migrate-only")) {
            assertThat(first.waitForExit(TIMEOUT)).as(first.output()).isZero();
            assertThat(first.output())
                    .contains("[6/6] 1.1.0/20250301100100_index_profiles_display_name.sql applied in")
                    .contains("schema app now at version 20250301100100")
                    .doesNotContain(db.password().isEmpty() ? "\u0000" : db.password());
        }
        try (SampleProcess second = SampleProcess.start(Map.of("DIRECT_DATABASE_URL", db.uri()), "--migrate-only")) {
            assertThat(second.waitForExit(TIMEOUT)).as(second.output()).isZero();
            assertThat(second.output()).contains("nothing to apply, at version 20250301100100");
        }
    }

    @Test
    void aFailedMigrationExitsOneWithTheLibraryMessageAndNoStackTrace() throws Exception {
        try (SampleProcess legacy = SampleProcess.start(Map.of("DATABASE_URL", db.uri()), "--create-legacy-db")) {
            assertThat(legacy.waitForExit(TIMEOUT)).as(legacy.output()).isZero();
            assertThat(legacy.output()).contains("Adopt it with: java -jar sample-app.jar --baseline 20250110090300");
        }

        try (SampleProcess refused = SampleProcess.start(Map.of("DATABASE_URL", db.uri()), "--migrate-only")) {
            assertThat(refused.waitForExit(TIMEOUT)).isEqualTo(1);
            assertThat(refused.output())
                    .contains("schema \"app\" is not empty but has no revisions: found table app.profiles")
                    .contains("Nothing was changed.")
                    .contains("With this sample: if the schema is that of release 1.0.0 (as --create-legacy-db "
                            + "makes it), adopt it with --baseline 20250110090300")
                    .doesNotContain("\tat ")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void usageMistakesExitTwo() throws Exception {
        try (SampleProcess wrong = SampleProcess.start(Map.of(), "--frobnicate")) {
            assertThat(wrong.waitForExit(TIMEOUT)).isEqualTo(2);
            assertThat(wrong.output()).contains("sample-app: unknown option '--frobnicate'").contains("usage:");
        }
    }
}
