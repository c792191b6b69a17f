package dev.migrations.sample;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /health}: {@code {"status":"ok","schemaVersion":"...","appliedFiles":N}} from the revisions table, or
 * 503 with {@code {"status":"unavailable","error":"..."}} when the database does not answer.
 *
 * @param revisions reads the revisions table
 */
@RestController
public record HealthController(RevisionsQuery revisions) {

    /** The answer while the database answers. */
    public record Health(String status, String schemaVersion, int appliedFiles) {
    }

    /** The answer when it does not. */
    public record Unavailable(String status, String error) {
    }

    @GetMapping("/health")
    public ResponseEntity<Object> health() {
        try {
            RevisionsQuery.SchemaState state = revisions.current();
            return ResponseEntity.ok(new Health("ok", state.version().orElse(null), state.appliedFiles()));
        } catch (DataAccessException e) {
            return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .body(new Unavailable("unavailable", e.getMostSpecificCause().getMessage()));
        }
    }
}
