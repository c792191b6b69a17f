package dev.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.result.AppliedFile;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sample started in-process on a real PostgreSQL, called over HTTP. */
class SampleAppTest {

    static final List<String> ALL_FILES = List.of(
            "1.0.0/20250110090000_create_users.sql",
            "1.0.0/20250110090100_create_profiles.sql",
            "1.0.0/20250110090200_sync_profiles.sql",
            "1.0.0/20250110090300_seed_users.sql",
            "1.1.0/20250301100000_add_profile_avatar_url.sql",
            "1.1.0/20250301100100_index_profiles_display_name.sql");
    static final String LATEST = "20250301100100";

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
    void migratesEveryShippedFileThenServesHealth() throws Exception {
        try (RunningApp app = SampleApp.start(AppConfig.forDatabase(db.uri(), 0))) {
            assertThat(app.migration().applied()).extracting(AppliedFile::file).containsExactlyElementsOf(ALL_FILES);
            assertThat(app.migration().toVersion()).contains(LATEST);

            Map<String, Object> health = new Api(app.port()).getObject("/health");

            assertThat(health).containsExactly(Map.entry("status", "ok"), Map.entry("schemaVersion", LATEST),
                    Map.entry("appliedFiles", new BigDecimal(6)));
        }
    }

    @Test
    void theTriggerGaveEverySeededUserAProfile() throws Exception {
        try (RunningApp app = SampleApp.start(AppConfig.forDatabase(db.uri(), 0))) {
            List<Map<String, Object>> profiles = new Api(app.port()).getArray("/profiles");

            assertThat(profiles).extracting(p -> p.get("email"))
                    .containsExactly("ada@example.com", "grace@example.com", "edsger@example.com");
            assertThat(profiles).extracting(p -> p.get("displayName"))
                    .containsExactly("Ada Lovelace", "Grace Hopper", "Edsger Dijkstra");
            assertThat(profiles.get(0)).containsEntry("bio", "Wrote the first published program.");
            assertThat(profiles).allSatisfy(p -> assertThat((String) p.get("avatarUrl"))
                    .startsWith("https://avatars.example.com/"));
            assertThat(Sql.rows(db, "SELECT count(*) AS n FROM app.users u JOIN app.profiles p ON p.user_id = u.id"))
                    .containsExactly(Map.of("n", "3"));
        }
    }

    @Test
    void aPostedUserGetsItsProfileFromTheTriggerAndEditsFollow() throws Exception {
        try (RunningApp app = SampleApp.start(AppConfig.forDatabase(db.uri(), 0))) {
            Api api = new Api(app.port());

            HttpResponse<String> created = api.post("/users", "application/json",
                    "{\"email\": \"barbara@example.com\", \"name\": \"Barbara Liskov\"}");
            HttpResponse<String> asForm = api.post("/users", "application/x-www-form-urlencoded",
                    "email=alan%40example.com&name=Alan+Turing");

            assertThat(created.statusCode()).isEqualTo(201);
            assertThat(Api.object(created.body())).containsEntry("email", "barbara@example.com")
                    .containsEntry("displayName", "Barbara Liskov").containsEntry("bio", "");
            assertThat(asForm.statusCode()).isEqualTo(201);
            assertThat(Api.object(asForm.body())).containsEntry("displayName", "Alan Turing");

            Sql.exec(db, "UPDATE app.users SET name = 'Barbara H. Liskov', email = 'liskov@example.com' "
                    + "WHERE email = 'barbara@example.com'");

            assertThat(api.getArray("/profiles")).hasSize(5)
                    .filteredOn(p -> "Barbara H. Liskov".equals(p.get("displayName")))
                    .singleElement().satisfies(p -> assertThat(p).containsEntry("email", "liskov@example.com"));
        }
    }

    @Test
    void badRequestsGetJsonErrors() throws Exception {
        try (RunningApp app = SampleApp.start(AppConfig.forDatabase(db.uri(), 0))) {
            Api api = new Api(app.port());

            HttpResponse<String> duplicate = api.post("/users", "application/json",
                    "{\"email\":\"ADA@example.com\",\"name\":\"Ada again\"}");
            HttpResponse<String> notAnEmail = api.post("/users", "application/json",
                    "{\"email\":\"ada\",\"name\":\"Ada\"}");
            HttpResponse<String> missingName = api.post("/users", "application/json", "{\"email\":\"x@y.z\"}");
            HttpResponse<String> brokenJson = api.post("/users", "application/json", "{\"email\":");
            HttpResponse<String> wrongMethod = api.get("/users");
            HttpResponse<String> unknownPath = api.get("/nope");

            assertThat(duplicate.statusCode()).isEqualTo(409);
            assertThat(Api.object(duplicate.body())).containsEntry("error",
                    "a user with email ADA@example.com already exists");
            assertThat(notAnEmail.statusCode()).isEqualTo(400);
            assertThat(missingName.statusCode()).isEqualTo(400);
            assertThat(Api.object(missingName.body())).containsEntry("error", "field 'name' is required");
            assertThat(brokenJson.statusCode()).isEqualTo(400);
            assertThat(wrongMethod.statusCode()).isEqualTo(405);
            assertThat(wrongMethod.headers().firstValue("Allow")).contains("POST");
            assertThat(unknownPath.statusCode()).isEqualTo(404);
            assertThat(Sql.rows(db, "SELECT count(*) AS n FROM app.users")).containsExactly(Map.of("n", "3"));
        }
    }

    @Test
    void aSecondStartOnTheSameDatabaseAppliesNothing() throws Exception {
        try (RunningApp first = SampleApp.start(AppConfig.forDatabase(db.uri(), 0))) {
            assertThat(first.migration().applied()).hasSize(6);
        }

        try (RunningApp second = SampleApp.start(AppConfig.forDatabase(db.uri(), 0))) {
            MigrateResult result = second.migration();

            assertThat(result.nothingApplied()).isTrue();
            assertThat(result.fromVersion()).contains(LATEST);
            assertThat(result.toVersion()).contains(LATEST);
            assertThat(new Api(second.port()).getObject("/health")).containsEntry("appliedFiles", new BigDecimal(6));
        }
        assertThat(Sql.rows(db, "SELECT count(*) AS n FROM app.atlas_schema_revisions"))
                .containsExactly(Map.of("n", "6"));
    }

    @Test
    void migratesThroughTheDirectUrlAndServesThroughDatabaseUrl() throws Exception {
        String jdbcUrl = db.jdbcUrl() + "?user=" + db.user() + "&password=" + db.password();
        AppConfig config = AppConfig.from(new String[0],
                Map.of("DIRECT_DATABASE_URL", db.uri(), "DATABASE_URL", jdbcUrl, "PORT", "0"));

        try (RunningApp app = SampleApp.start(config)) {
            assertThat(app.migration().applied()).hasSize(6);
            assertThat(new Api(app.port()).getArray("/profiles")).hasSize(3);
        }
    }
}
