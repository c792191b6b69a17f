package dev.migrations.sample;

import com.sun.net.httpserver.HttpExchange;
import java.sql.SQLException;

/**
 * {@code GET /health}: {@code {"status":"ok","schemaVersion":"...","appliedFiles":N}} from the revisions table, or
 * 503 with {@code {"status":"unavailable","error":"..."}} when the database does not answer.
 */
final class HealthEndpoint extends JsonEndpoint {

    private final RevisionsQuery revisions;

    HealthEndpoint(RevisionsQuery revisions) {
        super("/health", "GET");
        this.revisions = revisions;
    }

    @Override
    JsonResponse respond(HttpExchange exchange) {
        SchemaState state;
        try {
            state = revisions.current();
        } catch (SQLException e) {
            return new JsonResponse(503, new JsonWriter().field("status", "unavailable")
                    .field("error", e.getMessage()).toString());
        }
        return JsonResponse.ok(new JsonWriter()
                .field("status", "ok")
                .field("schemaVersion", state.version().orElse(null))
                .field("appliedFiles", state.appliedFiles())
                .toString());
    }
}
