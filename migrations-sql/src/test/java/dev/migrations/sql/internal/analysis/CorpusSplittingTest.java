package dev.migrations.sql.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Splits real migration histories from the shared corpora; skipped when the corpora are not available.
 *
 * <p>The corpora live in {@code <shared>/corpora/<name>}, where {@code <shared>} is the system property
 * {@code migrations.shared.dir} (set by the build), or else the {@code shared} directory next to the repository root.
 */
class CorpusSplittingTest {

    /** First words of PostgreSQL commands that may start a statement in a migration. */
    private static final Set<String> COMMAND_KEYWORDS = Set.of(
            "ALTER", "ANALYZE", "BEGIN", "CALL", "CHECKPOINT", "CLOSE", "CLUSTER", "COMMENT", "COMMIT", "COPY",
            "CREATE", "DEALLOCATE", "DECLARE", "DELETE", "DISCARD", "DO", "DROP", "EXECUTE", "EXPLAIN", "FETCH",
            "GRANT", "IMPORT", "INSERT", "LISTEN", "LOAD", "LOCK", "MERGE", "MOVE", "NOTIFY", "PREPARE", "REASSIGN",
            "REFRESH", "REINDEX", "RELEASE", "RESET", "REVOKE", "ROLLBACK", "SAVEPOINT", "SECURITY", "SELECT", "SET",
            "SHOW", "START", "TABLE", "TRUNCATE", "UNLISTEN", "UPDATE", "VACUUM", "VALUES", "WITH");

    @TestFactory
    Stream<DynamicTest> hatchetAtlasMigrationsSplit() throws IOException {
        return splitEveryFileOf("hatchet-atlas");
    }

    @TestFactory
    Stream<DynamicTest> familieBaSakFlywayMigrationsSplit() throws IOException {
        return splitEveryFileOf("familie-ba-sak-flyway");
    }

    private static Stream<DynamicTest> splitEveryFileOf(String corpus) throws IOException {
        Optional<Path> directory = sharedDirectory().map(shared -> shared.resolve("corpora").resolve(corpus))
                .filter(Files::isDirectory);
        assumeTrue(directory.isPresent(), () -> "corpus " + corpus + " not available; skipping");
        List<Path> scripts;
        try (Stream<Path> files = Files.list(directory.get())) {
            scripts = files.filter(file -> file.getFileName().toString().endsWith(".sql")).sorted().toList();
        }
        assertThat(scripts).as("SQL files in %s", directory.get()).isNotEmpty();
        return scripts.stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(),
                () -> assertSplitsIntoCommands(script)));
    }

    private static void assertSplitsIntoCommands(Path script) throws IOException {
        String text = Files.readString(script, StandardCharsets.UTF_8);
        List<SqlStatement> statements = StatementSplitter.split(text);
        assertThat(statements).allSatisfy(statement -> {
            assertThat(firstWord(statement.sql()))
                    .as("first word of the statement at line %d of %s", statement.line(), script.getFileName())
                    .isIn(COMMAND_KEYWORDS);
            assertThat(statement.line()).isBetween(1, (int) text.lines().count());
        });
    }

    private static String firstWord(String sql) {
        int end = 0;
        while (end < sql.length() && Character.isLetter(sql.charAt(end))) {
            end++;
        }
        return sql.substring(0, end).toUpperCase(Locale.ROOT);
    }

    private static Optional<Path> sharedDirectory() {
        String configured = System.getProperty("migrations.shared.dir");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Optional.of(Path.of(configured));
        }
        return repositoryRoot().map(root -> root.resolve("..").resolve("shared").normalize()).filter(Files::isDirectory);
    }

    /** The nearest directory, from the working directory upwards, that holds the Maven Wrapper. */
    private static Optional<Path> repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return Optional.of(dir);
            }
        }
        return Optional.empty();
    }
}
