package dev.migrations.core.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.Migrations;
import dev.migrations.core.concurrency.BootMain;
import dev.migrations.core.fixture.MigrationDir;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run with nothing pending plans in this library alone: the engine is not even loaded. */
class UpToDateRunTest {

    @TempDir
    Path tmp;

    @Test
    void aRunWithNothingPendingLoadsNoFlywayClass() throws Exception {
        MigrationDir dir = new MigrationDir(tmp.resolve("migrations"))
                .file("1_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY);\n")
                .file("2_seed.sql", "INSERT INTO users VALUES (1);\n");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            assertThat(Migrations.configure().dataSource(db.dataSource()).directory(dir.location()).load().migrate()
                    .applied()).hasSize(2);

            Path out = tmp.resolve("out.txt");
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-verbose:class", "-cp", System.getProperty("java.class.path"), BootMain.class.getName(),
                    db.jdbcUrl(), db.user(), dir.location(), "-").redirectErrorStream(true)
                    .redirectOutput(out.toFile()).start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the child run ends").isTrue();
            List<String> lines = Files.readAllLines(out);

            assertThat(p.exitValue()).as(String.join("\n", lines.stream().filter(l -> !l.startsWith("[")).toList()))
                    .isZero();
            assertThat(lines).contains("applied=0");
            assertThat(lines).as("classes loaded by a run with nothing pending")
                    .anyMatch(l -> l.contains(" dev.migrations.core.internal.apply.MigrateOperation "))
                    .noneMatch(l -> l.contains(" org.flywaydb."));
        }
    }
}
