package dev.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.junit.Isolation;
import dev.migrations.junit.MigratedDatabase;
import dev.migrations.junit.MigratedPostgres;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application started by Spring Boot on a database of this class's own, migrated by {@code @MigratedPostgres}
 * from the same directory; every endpoint called over HTTP.
 */
@MigratedPostgres(directory = "classpath:db/migrations", schema = "app", isolation = Isolation.PER_CLASS)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTest {

    static MigratedDatabase database;

    @LocalServerPort
    int port;

    @BeforeAll
    static void database(MigratedDatabase db) {
        database = db;
    }

    /** As a deployment sets it: {@code DATABASE_URL} in the postgres:// form. */
    @DynamicPropertySource
    static void databaseUrl(DynamicPropertyRegistry registry) {
        registry.add("DATABASE_URL", () -> database.url());
    }

    @Test
    void healthNamesTheSchemaVersionAndTheAppliedFiles() throws Exception {
        HttpResponse<String> response = api().get("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(Api.object(response.body())).containsExactly(Map.entry("status", "ok"),
                Map.entry("schemaVersion", ShippedMigrationsTest.LATEST), Map.entry("appliedFiles", 6));
    }

    @Test
    void theTriggerGaveEverySeededUserAProfile() throws Exception {
        List<Map<String, Object>> profiles = api().getArray("/profiles");

        assertThat(profiles).first().satisfies(p -> assertThat(p.keySet()).containsExactly("id", "userId",
                "displayName", "email", "bio", "avatarUrl", "updatedAt"));
        assertThat(profiles.subList(0, 3)).extracting(p -> p.get("email"))
                .containsExactly("ada@example.com", "grace@example.com", "edsger@example.com");
        assertThat(profiles.subList(0, 3)).extracting(p -> p.get("displayName"))
                .containsExactly("Ada Lovelace", "Grace Hopper", "Edsger Dijkstra");
        assertThat(profiles.get(0)).containsEntry("bio", "Wrote the first published program.");
        assertThat(profiles.subList(0, 3)).allSatisfy(p -> assertThat((String) p.get("avatarUrl"))
                .startsWith("https://avatars.example.com/"));
        assertThat(Sql.value(db(), "SELECT count(*) FROM app.users u JOIN app.profiles p ON p.user_id = u.id "
                + "WHERE u.email LIKE '%@example.com' AND u.id <= 3")).isEqualTo("3");
    }

    @Test
    void aPostedUserGetsItsProfileFromTheTriggerAndEditsFollow() throws Exception {
        Api api = api();

        HttpResponse<String> created = api.post("/users", "application/json",
                "{\"email\": \"barbara@example.com\", \"name\": \"Barbara Liskov\"}");
        HttpResponse<String> asForm = api.post("/users", "application/x-www-form-urlencoded",
                "email=alan%40example.com&name=Alan+Turing");
        HttpResponse<String> jsonLabelledAsForm = api.post("/users", "application/x-www-form-urlencoded",
                "{\"email\": \"ken@example.com\", \"name\": \"Ken Thompson\"}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(Api.object(created.body())).containsEntry("email", "barbara@example.com")
                .containsEntry("displayName", "Barbara Liskov").containsEntry("bio", "")
                .containsEntry("avatarUrl", null).containsKeys("id", "userId", "updatedAt");
        assertThat(asForm.statusCode()).isEqualTo(201);
        assertThat(Api.object(asForm.body())).containsEntry("displayName", "Alan Turing");
        assertThat(jsonLabelledAsForm.statusCode()).isEqualTo(201);
        assertThat(Api.object(jsonLabelledAsForm.body())).containsEntry("displayName", "Ken Thompson");

        Sql.exec(db(), "UPDATE app.users SET name = 'Barbara H. Liskov', email = 'liskov@example.com' "
                + "WHERE email = 'barbara@example.com'");

        assertThat(api.getArray("/profiles")).filteredOn(p -> "Barbara H. Liskov".equals(p.get("displayName")))
                .singleElement().satisfies(p -> assertThat(p).containsEntry("email", "liskov@example.com"));
    }

    @Test
    void badRequestsGetJsonErrorsAndWriteNothing() throws Exception {
        Api api = api();
        String usersBefore = Sql.value(db(), "SELECT count(*) FROM app.users");

        HttpResponse<String> duplicate = api.post("/users", "application/json",
                "{\"email\":\"ADA@example.com\",\"name\":\"Ada again\"}");
        HttpResponse<String> notAnEmail = api.post("/users", "application/json", "{\"email\":\"ada\",\"name\":\"Ada\"}");
        HttpResponse<String> missingName = api.post("/users", "application/json", "{\"email\":\"x@y.z\"}");
        HttpResponse<String> blankName = api.post("/users", "application/x-www-form-urlencoded", "email=x@y.z&name=+");
        HttpResponse<String> tooLong = api.post("/users", "application/json",
                "{\"email\":\"x@y.z\",\"name\":\"" + "n".repeat(201) + "\"}");
        HttpResponse<String> nested = api.post("/users", "application/json", "{\"email\":[\"x@y.z\"],\"name\":\"X\"}");
        HttpResponse<String> brokenJson = api.post("/users", "application/json", "{\"email\":");
        HttpResponse<String> notAnObject = api.post("/users", "application/json", "[1]");
        HttpResponse<String> empty = api.post("/users", "application/json", "");
        HttpResponse<String> huge = api.post("/users", "application/json", "{\"name\":\"" + "x".repeat(17_000) + "\"}");
        HttpResponse<String> wrongMethod = api.get("/users");
        HttpResponse<String> unknownPath = api.get("/nope");

        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(Api.object(duplicate.body())).containsExactly(Map.entry("error",
                "a user with email ADA@example.com already exists"));
        assertThat(notAnEmail.statusCode()).isEqualTo(400);
        assertThat(Api.object(notAnEmail.body())).containsEntry("error", "'ada' is not an email address");
        assertThat(missingName.statusCode()).isEqualTo(400);
        assertThat(Api.object(missingName.body())).containsEntry("error", "field 'name' is required");
        assertThat(blankName.statusCode()).isEqualTo(400);
        assertThat(Api.object(blankName.body())).containsEntry("error", "field 'name' is required");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(Api.object(tooLong.body())).containsEntry("error", "field 'name' is longer than 200 characters");
        assertThat(nested.statusCode()).isEqualTo(400);
        assertThat(Api.object(nested.body())).containsEntry("error", "field 'email' must be a string");
        assertThat(brokenJson.statusCode()).isEqualTo(400);
        assertThat((String) Api.object(brokenJson.body()).get("error")).startsWith("not valid JSON: ");
        assertThat(notAnObject.statusCode()).isEqualTo(400);
        assertThat(Api.object(notAnObject.body())).containsEntry("error", "expected a JSON object");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat((String) Api.object(empty.body()).get("error")).startsWith("send a JSON object such as");
        assertThat(huge.statusCode()).isEqualTo(400);
        assertThat(Api.object(huge.body())).containsEntry("error", "request body larger than 16384 bytes");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).contains("POST");
        assertThat(Api.object(wrongMethod.body())).containsEntry("error", "use POST /users");
        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertThat((String) Api.object(unknownPath.body()).get("error")).startsWith("no such path: /nope");
        assertThat(Sql.value(db(), "SELECT count(*) FROM app.users")).isEqualTo(usersBefore);
    }

    @Test
    void jsonWithTextAfterItIsRefused() throws Exception {
        HttpResponse<String> trailing = api().post("/users", "application/json",
                "{\"email\":\"trailing@example.com\",\"name\":\"T\"} x");

        assertThat(trailing.statusCode()).isEqualTo(400);
        assertThat((String) Api.object(trailing.body()).get("error")).startsWith("not valid JSON: ");
    }

    private Api api() {
        return new Api(port);
    }

    private static DataSource db() {
        return database.dataSource();
    }
}
