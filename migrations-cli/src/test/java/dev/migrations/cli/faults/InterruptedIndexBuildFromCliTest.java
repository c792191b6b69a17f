package dev.migrations.cli.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A concurrent index build stopped part-way (here by the statement timeout) leaves an invalid index; the next
 * {@code migrate apply} drops and rebuilds it, and says so in its text and JSON output.
 */
class InterruptedIndexBuildFromCliTest extends FaultFixture {

    private static final String REPAIR = "dropped the invalid index app.big_v_idx that an interrupted run of "
            + "2_index.sql statement 1 (line 3) left behind; the statement builds it again";

    /** A build of about 2 s on {@code big}, stopped by a 500 ms statement timeout: an invalid index stays. */
    @BeforeEach
    void leaveAnInvalidIndex() {
        write("1_big.sql", "CREATE TABLE big (id int, v int);\n"
                + "INSERT INTO big SELECT g, g % 97 FROM generate_series(1, 2000) g;\n"
                + "CREATE FUNCTION slow(n int) RETURNS int IMMUTABLE LANGUAGE plpgsql AS $$\n"
                + "BEGIN\n  PERFORM pg_sleep(0.001);\n  RETURN n;\nEND\n$$;\n");
        write("2_index.sql", "-- atlas:txmode none\n\n"
                + "CREATE INDEX CONCURRENTLY IF NOT EXISTS big_v_idx ON big (v, slow(id));\n");
        hash();

        Run stopped = apply("--statement-timeout", "500ms");

        assertFailed(stopped, 1, "2_index.sql");
        assertThat(query("SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'app.big_v_idx'::regclass"))
                .containsExactly("false");
    }

    @Test
    void theTextOutputListsTheRebuiltIndex() {
        Run resumed = applyOk();

        assertThat(resumed.out()).as(resumed.toString()).contains("  -- repaired: " + REPAIR + "\n");
        assertThat(query("SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'app.big_v_idx'::regclass"))
                .containsExactly("true");
    }

    @Test
    void theJsonOutputListsTheRebuiltIndex() throws Exception {
        Run resumed = applyOk("--format", "json");

        JsonNode json = new ObjectMapper().readTree(resumed.out());
        assertThat(json.get("status").asText()).isEqualTo("APPLIED");
        assertThat(json.get("repairs")).hasSize(1);
        assertThat(json.get("repairs").get(0).asText()).isEqualTo(REPAIR);
        assertThat(query("SELECT indisvalid::text FROM pg_index WHERE indexrelid = 'app.big_v_idx'::regclass"))
                .containsExactly("true");
    }
}
