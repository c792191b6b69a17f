package dev.migrations.core.resume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.fixture.DatabaseTest;
import dev.migrations.core.fixture.Db;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The windows a crash can leave between the revisions table and the journal are reported and repaired. */
class CrashConsistencyTest extends DatabaseTest {

    @BeforeEach
    void setUp() {
        dir.file("1_a.sql", "CREATE TABLE a (n int UNIQUE);\nINSERT INTO a VALUES (1);\n")
                .file("2_b.sql", "CREATE TABLE b (id int);\n");
    }

    @Test
    void aMissingJournalRowIsReportedAndRestoredWithoutRerunningTheFile() {
        config().load().migrate();
        Db.exec(db, "DELETE FROM migrations_journal WHERE version = '1'");

        assertThat(config().load().status().problems()).containsExactly(
                "version 1 (1_a.sql) is recorded in the revisions table but not in the journal");

        dir.file("3_c.sql", "CREATE TABLE c (id int);\n");
        assertThat(config().load().migrate().applied()).extracting(a -> a.file()).containsExactly("3_c.sql");
        assertThat(Db.value(db, "SELECT count(*) FROM a")).isEqualTo("1");
        assertThat(Db.value(db, "SELECT checksum IS NOT NULL FROM migrations_journal WHERE version = '1'"))
                .isEqualTo("t");
        assertThat(config().load().status().problems()).isEmpty();
    }

    @Test
    void aFailedJournalRowDoesNotBlockTheNextRun() {
        config().load().migrate();
        dir.file("3_c.sql", "CREATE TABLE c (id int);\n");
        Db.exec(db, "INSERT INTO migrations_journal (installed_rank, version, description, type, script, checksum, "
                + "installed_by, execution_time, success) VALUES (99, '3', 'c', 'SQL', '3_c.sql', 1, 'x', 0, false)");

        assertThat(config().load().migrate().applied()).extracting(a -> a.file()).containsExactly("3_c.sql");
        assertThat(Db.value(db, "SELECT count(*) FROM migrations_journal WHERE NOT success")).isEqualTo("0");
    }

    @Test
    void aJournalRowWithoutRevisionIsReportedAndTheRevisionRestored() {
        config().load().migrate();
        Db.exec(db, "DELETE FROM atlas_schema_revisions WHERE version = '2'");

        assertThat(config().load().status().problems()).containsExactly(
                "version 2 (2_b.sql) is in the journal but not in the revisions table");

        dir.file("3_c.sql", "CREATE TABLE c (id int);\n");
        assertThat(config().load().migrate().applied()).extracting(a -> a.file()).containsExactly("3_c.sql");
        assertThat(Db.value(db, "SELECT hash FROM atlas_schema_revisions WHERE version = '2'"))
                .isEqualTo(dir.sumEntry("2_b.sql"));
        assertThat(config().load().status().problems()).isEmpty();
    }
}
