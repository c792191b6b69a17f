package dev.migrations.core.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.fixture.Db;
import dev.migrations.core.fixture.MigrationDir;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Eight separate JVMs boot at once on one empty database: one applies every file, the others wait and start. */
class ConcurrentBootTest {

    private static final int PROCESSES = 8;
    private static final int FILES = 100;

    @TempDir
    Path tmp;

    @Test
    void eightProcessesApplyEveryFileExactlyOnce() throws Exception {
        MigrationDir dir = new MigrationDir(Files.createDirectories(tmp.resolve("migrations")));
        for (int i = 1; i <= FILES; i++) {
            dir.editWithoutRehash(String.format("%04d_t%d.sql", i, i), "CREATE TABLE t" + i
                    + " (id int PRIMARY KEY, v text);\nCREATE INDEX t" + i + "_v ON t" + i + " (v);\nINSERT INTO t"
                    + i + " VALUES (1, 'x');\n");
        }
        dir.rehash();
        Path start = tmp.resolve("start");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            List<Process> processes = new ArrayList<>();
            List<Path> outputs = new ArrayList<>();
            for (int p = 0; p < PROCESSES; p++) {
                Path out = tmp.resolve("out-" + p + ".txt");
                outputs.add(out);
                processes.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), BootMain.class.getName(), db.jdbcUrl(),
                        db.user(), dir.location(), start.toString())
                        .redirectErrorStream(true).redirectOutput(out.toFile()).start());
            }
            Thread.sleep(1500);
            Files.writeString(start, "go");
            List<String> results = new ArrayList<>();
            for (int p = 0; p < PROCESSES; p++) {
                Process process = processes.get(p);
                boolean finished = process.waitFor(180, TimeUnit.SECONDS);
                if (!finished) {
                    process.destroyForcibly();
                }
                String output = read(outputs.get(p));
                assertThat(finished).as("process %d finished: %s", p, output).isTrue();
                assertThat(process.exitValue()).as("process %d: %s", p, output).isZero();
                results.add(output.lines().filter(l -> l.startsWith("applied=")).findFirst().orElse(output));
            }

            assertThat(results).filteredOn(r -> r.equals("applied=" + FILES)).hasSize(1);
            assertThat(results).filteredOn(r -> r.equals("applied=0")).hasSize(PROCESSES - 1);
            assertThat(Db.value(db, "SELECT count(*) FROM atlas_schema_revisions WHERE type = 2 AND error IS NULL "
                    + "AND applied = total")).isEqualTo(String.valueOf(FILES));
            assertThat(Db.value(db, "SELECT count(*) FROM migrations_journal WHERE success")).isEqualTo(
                    String.valueOf(FILES));
            assertThat(Db.value(db, "SELECT count(DISTINCT version) FROM migrations_journal")).isEqualTo(
                    String.valueOf(FILES));
            List<Map<String, String>> mismatched = Db.rows(db, "SELECT r.version FROM atlas_schema_revisions r "
                    + "FULL JOIN migrations_journal j ON j.version = r.version WHERE r.version IS NULL "
                    + "OR j.version IS NULL");
            assertThat(mismatched).isEmpty();
            for (int i = 1; i <= FILES; i += 33) {
                assertThat(Db.value(db, "SELECT count(*) FROM t" + i)).isEqualTo("1");
            }
            assertThat(Db.value(db, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")).isEqualTo("0");
        }
    }

    private static String read(Path p) throws IOException {
        return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    }
}
