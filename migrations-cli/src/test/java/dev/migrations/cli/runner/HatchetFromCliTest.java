package dev.migrations.cli.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The real Atlas-written hatchet history applies from the command line; status is then OK; again is a no-op. */
class HatchetFromCliTest {

    @Test
    void appliesTheCorpusThenStatusOkThenNoOp() {
        String shared = System.getProperty("migrations.shared.dir", "../../shared");
        Path corpus = Path.of(shared, "corpora", "hatchet-atlas");
        assumeTrue(Files.isDirectory(corpus), "shared corpora not present");
        try (TestDatabase db = TestPostgres.newDatabase()) {
            RunnerVerbsTest.Run apply = RunnerVerbsTest.cli("migrate", "apply", "--dir", corpus.toString(),
                    "--url", db.uri());
            assertThat(apply.exit()).as(apply.err()).isZero();
            assertThat(apply.out()).contains("(82 migrations in total)").contains("[82/82, ")
                    .contains("-- 82 migrations");

            RunnerVerbsTest.Run status = RunnerVerbsTest.cli("migrate", "status", "--dir", corpus.toString(),
                    "--url", db.uri());
            assertThat(status.out()).contains("Migration Status: OK").contains("-- Executed Files:  82")
                    .contains("-- Pending Files:   0").doesNotContain("Problems:");

            RunnerVerbsTest.Run again = RunnerVerbsTest.cli("migrate", "apply", "--dir", corpus.toString(),
                    "--url", db.uri());
            assertThat(again.exit()).isZero();
            assertThat(again.out()).contains("No migration files to execute");
        }
    }
}
