package dev.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/sample-app.jar} as a user runs it: the embedded database by default, {@code --migrate-only},
 * the legacy-database walkthrough, exit codes and what an operator reads.
 */
class SampleJarIT {

    static final Duration TIMEOUT = Duration.ofSeconds(180);
    static final String LISTENING = "listening on http://localhost:";

    @TempDir
    Path tmp;

    @Test
    void theEmbeddedDefaultMigratesOnceKeepsItsDataAndRecoversFromKill9() throws Exception {
        Path data = tmp.resolve("pgdata");
        Map<String, String> env = Map.of("MIGRATIONS_SAMPLE_DATA", data.toString(), "PORT", "0");
        Optional<ProcessHandle> orphan = Optional.empty();
        try {
            try (SampleProcess first = SampleProcess.start(env)) {
                first.awaitOutput(LISTENING, TIMEOUT);
                Api api = new Api(first.numberAfter(LISTENING));
                assertThat(first.output()).contains("creating embedded PostgreSQL in " + data)
                        .contains("applied 6 files to schema app in");
                assertThat(api.getObject("/health")).containsEntry("appliedFiles", 6);
                assertThat(api.post("/users", "application/x-www-form-urlencoded",
                        "email=barbara@example.com&name=Barbara+Liskov").statusCode()).isEqualTo(201);

                long pid = PostmasterPidFile.read(data).orElseThrow().pid();
                first.kill();
                orphan = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
                assertThat(orphan).as("the server survives its JVM").isPresent();
            }

            try (SampleProcess second = SampleProcess.start(env)) {
                second.awaitOutput(LISTENING, TIMEOUT);
                Api api = new Api(second.numberAfter(LISTENING));

                assertThat(orphan.get().isAlive()).isFalse();
                assertThat(second.output()).contains("left running by an earlier run")
                        .contains("schema app is up to date at version " + ShippedMigrationsTest.LATEST + " (6 files)");
                assertThat(api.getArray("/profiles")).extracting(p -> p.get("email")).contains("barbara@example.com");

                second.close();
                assertThat(second.output()).contains("embedded PostgreSQL stopped; data kept in " + data);
            }
        } finally {
            orphan.filter(ProcessHandle::isAlive).ifPresent(ProcessHandle::destroy);
        }
    }

    @Test
    void migrateOnlyMigratesAndExitsThenFindsNothingToApply() throws Exception {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            try (SampleProcess first = SampleProcess.start(Map.of("DATABASE_URL", db.uri()), "--migrate-only")) {
                assertThat(first.waitForExit(TIMEOUT)).as(first.output()).isZero();
                assertThat(first.output())
                        .contains("applied 1.1.0/20250301100100_index_profiles_display_name.sql")
                        .contains("applied 6 files to schema app")
                        .doesNotContain(db.password().isEmpty() ? "\u0000" : db.password());
            }
            String jdbcUrl = db.jdbcUrl() + "?user=" + db.user() + "&password=" + db.password();
            try (SampleProcess second = SampleProcess.start(Map.of("DIRECT_DATABASE_URL", jdbcUrl),
                    "--migrate-only")) {
                assertThat(second.waitForExit(TIMEOUT)).as(second.output()).isZero();
                assertThat(second.output()).contains("schema app is up to date at version "
                        + ShippedMigrationsTest.LATEST);
            }
        }
    }

    @Test
    void theLegacyWalkthroughOfTheReadme() throws Exception {
        Map<String, String> env = Map.of("MIGRATIONS_SAMPLE_DATA", tmp.resolve("legacy-demo").toString(), "PORT", "0");

        try (SampleProcess legacy = SampleProcess.start(env, "--create-legacy-db")) {
            assertThat(legacy.waitForExit(TIMEOUT)).as(legacy.output()).isZero();
            assertThat(legacy.output()).contains("ran 1.0.0/20250110090300_seed_users.sql directly")
                    .contains("Adopt it with: java -jar sample-app.jar --baseline " + ShippedMigrationsTest.LAST_1_0_0);
        }

        try (SampleProcess refused = SampleProcess.start(env)) {
            assertThat(refused.waitForExit(TIMEOUT)).as(refused.output()).isEqualTo(1);
            assertThat(refused.output())
                    .contains("APPLICATION FAILED TO START")
                    .contains("schema \"app\" is not empty but has no revisions: found table app.profiles")
                    .contains("Adopt the schema at version V with migrations.baseline-version=V")
                    .contains("With this sample: if the schema is that of release 1.0.0 (as --create-legacy-db "
                            + "makes it), adopt it with --baseline " + ShippedMigrationsTest.LAST_1_0_0)
                    .doesNotContain("\tat ");
        }

        try (SampleProcess adopted = SampleProcess.start(env, "--baseline", ShippedMigrationsTest.LAST_1_0_0)) {
            adopted.awaitOutput(LISTENING, TIMEOUT);
            assertThat(adopted.output()).contains("baseline: schema app adopted at version "
                    + ShippedMigrationsTest.LAST_1_0_0)
                    .contains("applied 2 files to schema app");
            assertThat(new Api(adopted.numberAfter(LISTENING)).getObject("/health"))
                    .containsEntry("schemaVersion", ShippedMigrationsTest.LATEST).containsEntry("appliedFiles", 2);
        }
    }

    @Test
    void usageMistakesExitTwoAndHelpExitsZero() throws Exception {
        try (SampleProcess wrong = SampleProcess.start(Map.of(), "--frobnicate")) {
            assertThat(wrong.waitForExit(TIMEOUT)).isEqualTo(2);
            assertThat(wrong.output()).contains("sample-app: unknown option '--frobnicate'").contains("usage:");
        }
        try (SampleProcess help = SampleProcess.start(Map.of(), "--help")) {
            assertThat(help.waitForExit(TIMEOUT)).isZero();
            assertThat(help.output()).startsWith("usage: java -jar sample-app.jar");
        }
    }
}
