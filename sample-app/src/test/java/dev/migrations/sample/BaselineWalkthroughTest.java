package dev.migrations.sample;

import dev.migrations.error.ErrorKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.core.error.HistoryConflictException;
import dev.migrations.core.result.AppliedFile;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code --create-legacy-db}, then {@code --baseline}: only the 1.1.0 files run on the adopted database. */
class BaselineWalkthroughTest {

    static final String LAST_1_0_0 = "20250110090300";

    TestDatabase db;
    AppConfig config;

    @BeforeEach
    void createDatabase() {
        db = TestPostgres.newDatabase();
        config = AppConfig.forDatabase(db.uri(), 0);
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    @Test
    void theLegacyDatabaseHasTheSchemaAndDataButNoRevisions() throws Exception {
        String baseline = SampleApp.createLegacyDatabase(config.withCommand(AppConfig.Command.CREATE_LEGACY_DB));

        assertThat(baseline).isEqualTo(LAST_1_0_0);
        assertThat(Sql.rows(db, "SELECT to_regclass('app.atlas_schema_revisions') IS NULL AS no_revisions, "
                + "to_regclass('app.migrations_journal') IS NULL AS no_journal, "
                + "(SELECT count(*) FROM app.profiles p JOIN app.users u ON u.id = p.user_id) AS profiles"))
                .containsExactly(Map.of("no_revisions", "t", "no_journal", "t", "profiles", "3"));
    }

    @Test
    void startingWithoutBaselineIsRefusedAndChangesNothing() throws Exception {
        SampleApp.createLegacyDatabase(config);

        assertThatThrownBy(() -> SampleApp.start(config))
                .isInstanceOfSatisfying(HistoryConflictException.class,
                        e -> assertThat(e.kind()).isEqualTo(ErrorKind.DIRTY_DATABASE))
                .hasMessageContaining("schema \"app\" is not empty but has no revisions");
        assertThat(SampleApp.run(config)).isEqualTo(1);
        assertThat(Sql.rows(db, "SELECT to_regclass('app.atlas_schema_revisions') IS NULL AS no_revisions"))
                .containsExactly(Map.of("no_revisions", "t"));
    }

    @Test
    void withBaselineOnlyTheNewReleaseIsApplied() throws Exception {
        String baseline = SampleApp.createLegacyDatabase(config);

        try (RunningApp app = SampleApp.start(config.withBaseline(baseline))) {
            assertThat(app.migration().fromVersion()).contains(LAST_1_0_0);
            assertThat(app.migration().applied()).extracting(AppliedFile::file).containsExactly(
                    "1.1.0/20250301100000_add_profile_avatar_url.sql",
                    "1.1.0/20250301100100_index_profiles_display_name.sql");

            assertThat(Sql.rows(db, "SELECT version, type, hash = '' AS no_hash FROM app.atlas_schema_revisions "
                    + "ORDER BY version")).containsExactly(
                    Map.of("version", LAST_1_0_0, "type", "1", "no_hash", "t"),
                    Map.of("version", "20250301100000", "type", "2", "no_hash", "f"),
                    Map.of("version", "20250301100100", "type", "2", "no_hash", "f"));

            Api api = new Api(app.port());
            assertThat(api.getObject("/health")).containsEntry("schemaVersion", "20250301100100")
                    .containsEntry("appliedFiles", new BigDecimal(2));
            List<Map<String, Object>> profiles = api.getArray("/profiles");
            assertThat(profiles).hasSize(3).allSatisfy(p -> assertThat(p.get("avatarUrl")).isNotNull());
        }

        try (RunningApp again = SampleApp.start(config.withBaseline(baseline))) {
            assertThat(again.migration().nothingApplied()).isTrue();
        }
    }
}
