package dev.migrations.core.behaviour;

import dev.migrations.error.ErrorKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.core.ExecOrder;
import dev.migrations.core.error.HistoryConflictException;
import dev.migrations.core.fixture.DatabaseTest;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.core.result.RehashResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Edited applied files, out-of-order files and a database ahead of the directory. */
class HistoryConflictTest extends DatabaseTest {

    @BeforeEach
    void setUp() {
        dir
                .file("1_one.sql", "CREATE TABLE one (id int);\n")
                .file("2_two.sql", "CREATE TABLE two (id int);\n")
                .file("4_four.sql", "CREATE TABLE four (id int);\n");
    }

    @Test
    void anEditedAppliedFileIsNamedAndNothingRuns() {
        config().load().migrate();
        dir.file("2_two.sql", "CREATE TABLE two (id int, extra text);\n");
        dir.file("5_five.sql", "CREATE TABLE five (id int);\n");
        List<Map<String, String>> before = Db.catalog(db);

        assertThatThrownBy(() -> config().load().migrate())
                .isInstanceOf(HistoryConflictException.class)
                .satisfies(e -> assertThat(((HistoryConflictException) e).kind())
                        .isEqualTo(ErrorKind.EDITED_APPLIED_FILE))
                .hasMessageContaining("2_two.sql (version 2")
                .hasMessageContaining("revert the edit")
                .hasMessageContaining("record the new hashes with rehash()")
                .hasMessageNotContaining("1_one.sql")
                .hasMessageNotContaining("4_four.sql");
        assertThat(Db.catalog(db)).isEqualTo(before);
        assertThat(config().load().status().problems()).anySatisfy(p -> assertThat(p).contains("2_two.sql")
                .contains("was edited after it was applied"));
        assertThat(config().load().validate().valid()).isFalse();
    }

    @Test
    void rehashRecordsTheEditAndTheNextRunProceeds() {
        config().load().migrate();
        Db.exec(db, "ALTER TABLE two ADD COLUMN extra text");
        dir.file("2_two.sql", "CREATE TABLE two (id int, extra text);\n");
        dir.file("5_five.sql", "CREATE TABLE five (id int);\n");

        RehashResult rehashed = config().load().rehash();
        MigrateResult result = config().load().migrate();

        assertThat(rehashed.editedFiles()).containsExactly("2_two.sql");
        assertThat(rehashed.hashUpdated()).containsExactly("4_four.sql");
        assertThat(result.applied()).extracting(a -> a.file()).containsExactly("5_five.sql");
        assertThat(Db.value(db, "SELECT hash FROM atlas_schema_revisions WHERE version = '2'"))
                .isEqualTo(dir.sumEntry("2_two.sql"));
        assertThat(config().load().validate().valid()).isTrue();
    }

    @Test
    void anOutOfOrderFileIsRefusedByDefaultNamingIt() {
        config().load().migrate();
        dir.file("3_three.sql", "CREATE TABLE three (id int);\n");
        dir.file("5_five.sql", "CREATE TABLE five (id int);\n");
        List<Map<String, String>> before = Db.catalog(db);

        assertThatThrownBy(() -> config().load().migrate())
                .isInstanceOf(HistoryConflictException.class)
                .hasMessageContaining("3_three.sql (version 3)")
                .hasMessageContaining("older than the applied version 4")
                .hasMessageContaining("execOrder(ExecOrder.NON_LINEAR) to apply them anyway")
                .hasMessageContaining("execOrder(ExecOrder.LINEAR_SKIP) to skip them");
        assertThat(Db.catalog(db)).isEqualTo(before);
    }

    @Test
    void linearSkipSkipsTheOlderFileAndAppliesNewerOnes() {
        config().load().migrate();
        dir.file("3_three.sql", "CREATE TABLE three (id int);\n");
        dir.file("5_five.sql", "CREATE TABLE five (id int);\n");

        MigrateResult result = config().execOrder(ExecOrder.LINEAR_SKIP).load().migrate();

        assertThat(result.applied()).extracting(a -> a.file()).containsExactly("5_five.sql");
        assertThat(result.skipped()).containsExactly("3_three.sql");
        assertThat(Db.value(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'three'")).isEqualTo("0");
    }

    @Test
    void nonLinearAppliesTheOlderFile() {
        config().load().migrate();
        dir.file("3_three.sql", "CREATE TABLE three (id int);\n");

        MigrateResult result = config().execOrder(ExecOrder.NON_LINEAR).load().migrate();

        assertThat(result.applied()).extracting(a -> a.file()).containsExactly("3_three.sql");
        assertThat(Db.value(db, "SELECT count(*) FROM pg_tables WHERE tablename = 'three'")).isEqualTo("1");
        assertThat(config().load().status().status().name()).isEqualTo("OK");
    }

    @Test
    void aDatabaseAheadOfTheDirectoryWarnsAndContinuesUnlessStrict() {
        dir.file("5_five.sql", "CREATE TABLE five (id int);\n");
        config().load().migrate();
        dir.remove("5_five.sql");

        MigrateResult lenient = config().load().migrate();
        assertThat(lenient.warnings()).anySatisfy(w -> assertThat(w).contains("5"));
        assertThat(config().load().status().problems())
                .anySatisfy(p -> assertThat(p).contains("version 5").contains("not in the directory"));

        assertThatThrownBy(() -> config().strict(true).load().migrate())
                .isInstanceOf(HistoryConflictException.class)
                .hasMessageContaining("applied version(s) the directory does not have: 5");
    }
}
