package dev.migrations.sql.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.dir.DirectoryLocation;
import dev.migrations.sql.migration.Migration;
import dev.migrations.sql.migration.MigrationLoader;
import dev.migrations.sql.testing.SharedData;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Lints the real migration histories of the shared corpora (skipped when absent): every file is read and every
 * finding is complete. The time per 100 files is printed, not asserted: a loaded build machine is no judge of speed.
 */
class SharedCorporaLintTest {

    private static final int RUNS = 5;

    @ParameterizedTest
    @ValueSource(strings = {"hatchet-atlas", "familie-ba-sak-flyway", "thunderdome-goose", "documenso-prisma"})
    void lintsEveryFileWithCompleteFindings(String corpus) {
        Optional<Path> directory = SharedData.sharedDir().map(shared -> shared.resolve("corpora").resolve(corpus))
                .filter(Files::isDirectory);
        assumeTrue(directory.isPresent(), () -> "corpus " + corpus + " not available; skipping");
        List<Migration> migrations = MigrationLoader.loadWithoutSum(DirectoryLocation.parse(directory.get()
                .toString()), DirectoryFormat.AUTO).migrations();
        LintReport report = null;
        long best = Long.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long started = System.nanoTime();
            report = Linter.lint(LintFiles.of(migrations), LintSettings.DEFAULTS);
            best = Math.min(best, System.nanoTime() - started);
        }
        assertThat(report.files()).hasSize(migrations.size());
        assertThat(report.findings()).allSatisfy(f -> {
            assertThat(f.line()).isPositive();
            assertThat(f.statement()).isNotBlank();
            assertThat(f.fix()).isNotBlank();
        });
        Map<String, Long> perCode = report.findings().stream().collect(Collectors.groupingBy(
                f -> f.code().name(), TreeMap::new, Collectors.counting()));
        long per100 = best * 100 / Math.max(1, migrations.size());
        System.out.printf("lint %s: %d files in %.1f ms (%.1f ms per 100 files); %s%n", corpus, migrations.size(),
                best / 1e6, per100 / 1e6, perCode);
    }
}
