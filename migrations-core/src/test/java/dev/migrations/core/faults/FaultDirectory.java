package dev.migrations.core.faults;

import dev.migrations.core.fixture.MigrationDir;
import java.nio.file.Path;

/**
 * The mixed directory the fault suites interrupt: a transactional file that loads a large table, transactional files
 * of several statements, and a no-transaction file whose statements include concurrent index builds on the large
 * table and a concurrent reindex.
 */
final class FaultDirectory {

    private FaultDirectory() {
    }

    static MigrationDir create(Path root, int bigRows) {
        return new MigrationDir(root)
                .file("1_base.sql", "CREATE TABLE big (id int NOT NULL, v int NOT NULL, note text);\n"
                        + "INSERT INTO big SELECT g, g % 1000, 'note ' || g FROM generate_series(1, " + bigRows
                        + ") g;\n"
                        + "CREATE TABLE small (id int PRIMARY KEY, label text NOT NULL);\n"
                        + "INSERT INTO small VALUES (1, 'a'), (2, 'b');\n")
                .file("2_tx.sql", "ALTER TABLE small ADD COLUMN score int NOT NULL DEFAULT 0;\n"
                        + "UPDATE small SET score = id * 10;\n"
                        + "INSERT INTO small VALUES (3, 'c', 30);\n"
                        + "CREATE VIEW small_scores AS SELECT label, score FROM small;\n")
                .file("3_indexes.sql", "-- atlas:txmode none\n\n"
                        + "INSERT INTO small VALUES (4, 'd', 40);\n"
                        + "CREATE INDEX CONCURRENTLY IF NOT EXISTS big_v_idx ON big (v);\n"
                        + "UPDATE small SET label = upper(label) WHERE id = 4;\n"
                        + "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS big_id_key ON big (id);\n"
                        + "REINDEX INDEX CONCURRENTLY big_v_idx;\n"
                        + "CREATE INDEX CONCURRENTLY IF NOT EXISTS big_note_idx ON big (note);\n"
                        + "INSERT INTO small VALUES (5, 'e', 50);\n")
                .file("4_tx.sql", "ALTER TABLE big ADD CONSTRAINT big_v_check CHECK (v >= 0) NOT VALID;\n"
                        + "INSERT INTO small SELECT 5 + g, 'x' || g, g FROM generate_series(1, 50) g;\n"
                        + "CREATE TABLE audit (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, what text);\n"
                        + "INSERT INTO audit (what) VALUES ('done');\n");
    }
}
