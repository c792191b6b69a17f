package dev.migrations.spring.boot.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.spring.boot.it.Apps;
import dev.migrations.spring.boot.it.jdbc.JdbcApp;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code GET /actuator/migrations} on Spring Boot 3.5. */
class Boot3ActuatorEndpointTest {

    private final TestDatabase database = TestPostgres.newDatabase();

    @AfterEach
    void drop() {
        database.close();
    }

    @Test
    void theEndpointShowsTheStatus() throws Exception {
        Apps.run(JdbcApp.class, database).close();
        try (ConfigurableApplicationContext context = Apps.builder(JdbcApp.class, database,
                "migrations.directory=classpath:db/migrations-next", "migrations.mode=none", "server.port=0",
                "management.endpoints.web.exposure.include=migrations").web(WebApplicationType.SERVLET).run()) {
            String port = context.getEnvironment().getProperty("local.server.port");
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/migrations")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            Map<String, Object> json = JsonParserFactory.getJsonParser().parseMap(response.body());
            assertThat(json).containsEntry("status", "PENDING").containsEntry("currentVersion", "20260102000000")
                    .containsEntry("problems", List.of());
            assertThat(json.get("pending").toString()).contains("20260103000000_person_nickname.sql");
        }
    }
}
