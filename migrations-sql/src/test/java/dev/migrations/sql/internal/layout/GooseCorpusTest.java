package dev.migrations.sql.internal.layout;

import dev.migrations.sql.testing.SharedData;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Reads every file of a real goose history (thunderdome-planning-poker, LF and CRLF files, function bodies in
 * {@code StatementBegin} blocks) from the shared corpora; skipped when the corpora are not available.
 */
class GooseCorpusTest {

    private static final String CORPUS = "thunderdome-goose";

    @TestFactory
    Stream<DynamicTest> everyFileReadsAsGooseDoes() throws IOException {
        Optional<Path> directory = SharedData.sharedDir().map(shared -> shared.resolve("corpora").resolve(CORPUS))
                .filter(Files::isDirectory);
        assumeTrue(directory.isPresent(), () -> "corpus " + CORPUS + " not available; skipping");
        List<Path> files;
        try (Stream<Path> listing = Files.list(directory.get())) {
            files = listing.filter(file -> file.getFileName().toString().endsWith(".sql")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> read(file)));
    }

    private static void read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        String name = file.getFileName().toString();
        List<String> lines = text.lines().toList();
        int upLine = lines.indexOf("-- +goose Up") + 1;
        int downLine = lines.indexOf("-- +goose Down") + 1;
        assertThat(upLine).as("the Up line of %s", name).isPositive();

        GooseScript.check(name, text);
        MigrationScript script = GooseScript.parse(name, text, Map.of());

        String upSection = String.join("\n", lines.subList(upLine, downLine > 0 ? downLine - 1 : lines.size()));
        assertThat(script.statements()).as("statements of %s", name).isNotEmpty().allSatisfy(statement -> {
            assertThat(statement.sql()).doesNotContain("+goose").doesNotContain("\r").isNotBlank();
            assertThat(upSection).as("the Up section of %s", name).contains(statement.sql());
            assertThat(statement.line()).as("line of %s", statement.sql()).isGreaterThan(upLine);
            if (downLine > 0) {
                assertThat(statement.line()).as("line of %s", statement.sql()).isLessThan(downLine);
            }
            String firstLine = statement.sql().lines().findFirst().orElseThrow();
            assertThat(lines.get(statement.line() - 1)).as("line %d of %s", statement.line(), name)
                    .contains(firstLine);
        });
        assertThat(script.txMode()).isEmpty();
    }
}
