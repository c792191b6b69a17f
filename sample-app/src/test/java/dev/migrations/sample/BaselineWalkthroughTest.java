package dev.migrations.sample;

import dev.migrations.error.ErrorKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.core.Migrations;
import dev.migrations.core.error.HistoryConflictException;
import dev.migrations.core.result.AppliedFile;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code --create-legacy-db}, then a start the starter refuses, then {@code --baseline}: only the 1.1.0 files run on
 * the adopted database.
 */
@ExtendWith(OutputCaptureExtension.class)
class BaselineWalkthroughTest {

    TestDatabase db;
    Map<String, String> environment;

    @BeforeEach
    void createDatabase() {
        db = TestPostgres.newDatabase();
        environment = Map.of("DATABASE_URL", db.uri());
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @Test
    void theLegacyDatabaseHasTheSchemaAndDataButNoRevisions() throws Exception {
        try (ConfigurableApplicationContext legacy = SampleRun.start(environment, "--create-legacy-db")) {
            assertThat(legacy.getBeanProvider(Migrations.class).getIfAvailable()).as("starter off").isNull();

            assertThat(legacy.getBean(LegacyDatabase.class).create()).isEqualTo(ShippedMigrationsTest.LAST_1_0_0);
            assertThatThrownBy(() -> legacy.getBean(LegacyDatabase.class).create())
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("schema app already exists");
        }
        assertThat(Sql.rows(db.dataSource(), "SELECT to_regclass('app.atlas_schema_revisions') IS NULL AS no_revisions, "
                + "to_regclass('app.migrations_journal') IS NULL AS no_journal, "
                + "(SELECT count(*) FROM app.profiles p JOIN app.users u ON u.id = p.user_id) AS profiles"))
                .containsExactly(Map.of("no_revisions", "t", "no_journal", "t", "profiles", "3"));
    }

    @Test
    void aStartWithoutBaselineIsRefusedByTheStartersFailureReportAndChangesNothing(CapturedOutput output)
            throws Exception {
        createLegacyDatabase();

        assertThatThrownBy(() -> SampleRun.start(environment).close())
                .satisfies(e -> assertThat(causeChain(e)).filteredOn(HistoryConflictException.class::isInstance)
                        .singleElement().asInstanceOf(InstanceOfAssertFactories.type(HistoryConflictException.class))
                        .extracting(HistoryConflictException::kind)
                        .isEqualTo(ErrorKind.DIRTY_DATABASE));
        assertThat(output).contains("APPLICATION FAILED TO START")
                .contains("schema \"app\" is not empty but has no revisions: found table app.profiles")
                .contains("Adopt the schema at version V with migrations.baseline-version=V");
        assertThat(Sql.value(db.dataSource(), "SELECT to_regclass('app.atlas_schema_revisions') IS NULL"))
                .isEqualTo("t");
    }

    @Test
    void withBaselineOnlyTheNewReleaseIsApplied(CapturedOutput output) throws Exception {
        createLegacyDatabase();

        try (ConfigurableApplicationContext app = SampleRun.start(environment, "--baseline",
                ShippedMigrationsTest.LAST_1_0_0)) {
            assertThat(output).contains("applied 2 files to schema app");
            assertThat(Sql.rows(db.dataSource(), "SELECT version, type, hash = '' AS no_hash FROM "
                    + "app.atlas_schema_revisions ORDER BY version")).containsExactly(
                    Map.of("version", ShippedMigrationsTest.LAST_1_0_0, "type", "1", "no_hash", "t"),
                    Map.of("version", "20250301100000", "type", "2", "no_hash", "f"),
                    Map.of("version", ShippedMigrationsTest.LATEST, "type", "2", "no_hash", "f"));

            Api api = SampleRun.api(app);
            assertThat(api.getObject("/health")).containsEntry("schemaVersion", ShippedMigrationsTest.LATEST)
                    .containsEntry("appliedFiles", 2);
            assertThat(api.getArray("/profiles")).hasSize(3).allSatisfy(p -> assertThat(p.get("avatarUrl")).isNotNull());
        }

        try (ConfigurableApplicationContext again = SampleRun.start(environment,
                "--baseline=" + ShippedMigrationsTest.LAST_1_0_0)) {
            assertThat(output).contains("baseline " + ShippedMigrationsTest.LAST_1_0_0 + " not used");
        }
        assertThat(Sql.value(db.dataSource(), "SELECT count(*) FROM app.atlas_schema_revisions")).isEqualTo("3");
    }

    private void createLegacyDatabase() {
        try (ConfigurableApplicationContext legacy = SampleRun.start(environment, "--create-legacy-db")) {
            legacy.getBean(LegacyDatabase.class).create();
        }
    }

    private static List<Throwable> causeChain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable t = failure; t != null && !chain.contains(t); t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
