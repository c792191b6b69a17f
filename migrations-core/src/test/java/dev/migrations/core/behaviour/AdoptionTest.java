package dev.migrations.core.behaviour;

import dev.migrations.error.ErrorKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.core.error.HistoryConflictException;
import dev.migrations.core.fixture.DatabaseTest;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.result.FileState;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.core.result.BaselineResult;
import dev.migrations.core.result.StatusResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Dirty databases, baseline and set. */
class AdoptionTest extends DatabaseTest {

    @BeforeEach
    void setUp() {
        dir
                .file("1_users.sql", "CREATE TABLE users (id int PRIMARY KEY);\n")
                .file("2_orders.sql", "CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users);\n")
                .file("3_items.sql", "CREATE TABLE items (id int PRIMARY KEY);\n");
        // a legacy database that already has the schema of version 2
        Db.exec(db, "CREATE TABLE users (id int PRIMARY KEY)",
                "CREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users)",
                "CREATE FUNCTION legacy_fn() RETURNS int LANGUAGE sql AS 'SELECT 1'");
    }

    @Test
    void aNonEmptySchemaWithoutRevisionsIsRefusedListingWhatIsThere() {
        List<Map<String, String>> before = Db.catalog(db);

        assertThatThrownBy(() -> config().load().migrate())
                .isInstanceOfSatisfying(HistoryConflictException.class, e -> {
                    assertThat(e.kind()).isEqualTo(ErrorKind.DIRTY_DATABASE);
                    assertThat(e.schema()).isEqualTo("public");
                    assertThat(e.files()).isEmpty();
                })
                .hasMessageContaining("schema \"public\" is not empty but has no revisions")
                .hasMessageContaining("table public.orders")
                .hasMessageContaining("table public.users")
                .hasMessageContaining("function public.legacy_fn")
                .hasMessageContaining("baselineVersion(\"V\")")
                .hasMessageContaining("allowDirty(true)")
                .hasMessageContaining("Nothing was changed");
        assertThat(Db.catalog(db)).isEqualTo(before);
    }

    @Test
    void baselineAdoptsTheDatabaseAndLaterFilesApply() {
        MigrateResult result = config().baselineVersion("2").load().migrate();

        assertThat(result.applied()).extracting(a -> a.file()).containsExactly("3_items.sql");
        assertThat(result.baseline()).contains("2");
        assertThat(config().baselineVersion("2").load().migrate().baseline()).as("a second run adopts nothing")
                .isEmpty();
        List<Map<String, String>> rows = Db.rows(db, "SELECT version, description, type, hash, applied, total FROM "
                + "atlas_schema_revisions ORDER BY version");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0)).containsEntry("version", "2").containsEntry("description", "orders")
                .containsEntry("type", "1").containsEntry("hash", "").containsEntry("applied", "0")
                .containsEntry("total", "0");
        assertThat(rows.get(1)).containsEntry("version", "3").containsEntry("type", "2");
        StatusResult status = config().load().status();
        assertThat(status.status()).isEqualTo(StatusResult.Status.OK);
        assertThat(status.executed()).extracting(f -> f.state())
                .containsExactly(FileState.BASELINE, FileState.BASELINE, FileState.APPLIED);
        assertThat(status.problems()).isEmpty();
    }

    @Test
    void theBaselineApiDoesTheSameWithoutApplying() {
        BaselineResult baseline = config().load().baseline("2");
        StatusResult status = config().load().status();

        assertThat(baseline.version()).isEqualTo("2");
        assertThat(baseline.file()).isEqualTo("2_orders.sql");
        assertThat(status.currentVersion()).contains("2");
        assertThat(status.pending()).extracting(f -> f.version()).containsExactly("3");
        assertThat(config().load().migrate().applied()).extracting(a -> a.version()).containsExactly("3");
        assertThatThrownBy(() -> config().load().baseline("1"))
                .isInstanceOf(HistoryConflictException.class)
                .hasMessageContaining("already has revisions");
    }

    @Test
    void baselineOnAVersionThatIsNotAFileIsAnError() {
        List<Map<String, String>> before = Db.catalog(db);

        assertThatThrownBy(() -> config().baselineVersion("7").load().migrate())
                .isInstanceOf(HistoryConflictException.class)
                .hasMessageContaining("baseline version 7 is not a file of")
                .hasMessageContaining("versions 1 to 3");
        assertThat(Db.catalog(db)).isEqualTo(before);
    }

    @Test
    void allowDirtyAppliesEverythingOnTopOfWhatIsThere() {
        Db.exec(db, "DROP TABLE orders", "DROP TABLE users");

        MigrateResult result = config().allowDirty(true).load().migrate();

        assertThat(result.applied()).hasSize(3);
    }

    @Test
    void setMarksFilesAppliedAndForgetsLaterOnes() {
        Db.exec(db, "DROP TABLE orders", "DROP TABLE users", "DROP FUNCTION legacy_fn()");
        config().load().migrate();

        List<String> changed = config().load().set("1").changedVersions();

        assertThat(changed).containsExactlyInAnyOrder("2", "3");
        assertThat(Db.rows(db, "SELECT version FROM atlas_schema_revisions")).extracting(r -> r.get("version"))
                .containsExactly("1");
        assertThat(Db.rows(db, "SELECT version FROM migrations_journal")).extracting(r -> r.get("version"))
                .containsExactly("1");

        List<String> forward = config().load().set("3").changedVersions();

        assertThat(forward).containsExactlyInAnyOrder("2", "3");
        assertThat(Db.rows(db, "SELECT version, type FROM atlas_schema_revisions ORDER BY version"))
                .extracting(r -> r.get("version") + ":" + r.get("type")).containsExactly("1:2", "2:4", "3:4");
        StatusResult status = config().load().status();
        assertThat(status.status()).isEqualTo(StatusResult.Status.OK);
        assertThat(status.problems()).isEmpty();
        assertThat(config().load().migrate().nothingApplied()).isTrue();
    }

    @Test
    void setRejectsAVersionThatIsNotAFile() {
        assertThatThrownBy(() -> config().load().set("9"))
                .hasMessageContaining("version 9 is not a file of");
    }
}
