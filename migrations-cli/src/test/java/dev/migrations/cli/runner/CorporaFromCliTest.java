package dev.migrations.cli.runner;

import static dev.migrations.cli.runner.RunnerVerbsTest.cli;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.migrations.cli.faults.CatalogSnapshot;
import dev.migrations.cli.runner.RunnerVerbsTest.Run;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every real history in {@code ../shared/corpora}, brought as it is: copied, hashed, applied from the command line with
 * the layout recognised from the files; status is then OK and a second apply does nothing. The schema it leaves equals
 * the schema of a psql run that follows the original tool's rules (its own reading of sections and transactions,
 * written here independently of the library).
 */
class CorporaFromCliTest {

    @TempDir
    Path temp;

    static Path corpus(String name) {
        Path corpus = Path.of(System.getProperty("migrations.shared.dir", "../../shared"), "corpora", name);
        assumeTrue(Files.isDirectory(corpus), "shared corpora not present");
        return corpus;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "hatchet-atlas, atlas, 82",
            "familie-ba-sak-flyway, flyway, 317",
            "thunderdome-goose, goose, 42",
            "documenso-prisma, prisma, 163",
    })
    void appliesWithTheLayoutRecognisedThenStatusOkThenNoOp(String name, String layout, int files) throws Exception {
        Path dir = Copies.of(corpus(name), temp.resolve(name));
        Run hash = cli("migrate", "hash", "--dir", dir.toString());
        assertThat(hash.exit()).as(hash.err()).isZero();
        try (TestDatabase ours = TestPostgres.newDatabase(); TestDatabase reference = TestPostgres.newDatabase()) {
            Run apply = cli("migrate", "apply", "--dir", dir.toString(), "--url", ours.uri());
            assertThat(apply.exit()).as(apply.err()).isZero();
            assertThat(apply.out()).contains("(" + files + " migrations in total)").contains("-- " + files
                    + " migrations");

            Run status = cli("migrate", "status", "--dir", dir.toString(), "--url", ours.uri());
            assertThat(status.out()).as(status.err()).contains("Migration Status: OK")
                    .contains("-- Executed Files:  " + files).contains("-- Pending Files:   0");

            Run again = cli("migrate", "apply", "--dir", dir.toString(), "--url", ours.uri());
            assertThat(again.exit()).isZero();
            assertThat(again.out()).contains("No migration files to execute");

            ToolRules.applyWithPsql(layout, dir, reference, temp.resolve(name + "-reference.sql"));
            List<String> ourSchema = schema(ours);
            List<String> referenceSchema = schema(reference);
            assertThat(ourSchema).as("only in ours").isNotEmpty()
                    .filteredOn(line -> !referenceSchema.contains(line)).isEmpty();
            assertThat(referenceSchema).as("only in the reference")
                    .filteredOn(line -> !ourSchema.contains(line)).isEmpty();
        }
    }

    /**
     * The catalog of a database without this library's own tables. Table contents are compared by row count: seed
     * rows carry {@code now()} and random ids.
     */
    static List<String> schema(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return CatalogSnapshot.of(c).without(line -> line.contains("atlas_schema_revisions")
                    || line.contains("migrations_journal")).lines().stream()
                    .map(line -> line.startsWith("content ") ? line.substring(0, line.lastIndexOf(' ')) : line)
                    .toList();
        }
    }

    /** How each tool runs its files, written out as one psql script: the physical reference. */
    static final class ToolRules {

        private ToolRules() {
        }

        static void applyWithPsql(String layout, Path dir, TestDatabase db, Path script) throws Exception {
            assumeTrue(onPath("psql"), "psql is not installed");
            StringBuilder sql = new StringBuilder("\\set ON_ERROR_STOP on\n");
            for (Path file : files(layout, dir)) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                if (text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                String body = layout.equals("goose") ? gooseUp(text) : text;
                boolean inTransaction = !noTransaction(layout, text);
                sql.append(inTransaction ? "BEGIN;\n" : "").append(body).append("\n;\n")
                        .append(inTransaction ? "COMMIT;\n" : "");
            }
            Files.writeString(script, sql.toString(), StandardCharsets.UTF_8);
            Process psql = new ProcessBuilder("psql", "-X", "-q", "-d", db.uri(), "-f", script.toString())
                    .redirectErrorStream(true).start();
            String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(psql.waitFor(5, TimeUnit.MINUTES)).isTrue();
            assertThat(psql.exitValue()).as(output).isZero();
        }

        /** Each tool's files in its apply order. */
        static List<Path> files(String layout, Path dir) throws IOException {
            try (Stream<Path> all = Files.list(dir)) {
                return switch (layout) {
                    case "prisma" -> all.filter(Files::isDirectory).sorted()
                            .map(folder -> folder.resolve("migration.sql")).toList();
                    case "flyway" -> all.filter(p -> p.getFileName().toString().startsWith("V"))
                            .sorted((a, b) -> Long.compare(flywayVersion(a), flywayVersion(b))).toList();
                    default -> all.filter(p -> p.getFileName().toString().endsWith(".sql")).sorted().toList();
                };
            }
        }

        private static long flywayVersion(Path file) {
            String name = file.getFileName().toString();
            return Long.parseLong(name.substring(1, name.indexOf("__")).split("[._]")[0]);
        }

        /** goose runs the lines between "-- +goose Up" and "-- +goose Down" (its annotations are SQL comments). */
        static String gooseUp(String text) {
            StringBuilder up = new StringBuilder();
            boolean inUp = false;
            for (String line : text.split("\n", -1)) {
                String trimmed = line.strip();
                if (trimmed.startsWith("-- +goose Up")) {
                    inUp = true;
                } else if (trimmed.startsWith("-- +goose Down")) {
                    break;
                } else if (inUp) {
                    up.append(line).append('\n');
                }
            }
            return up.toString();
        }

        /** Atlas's directive, goose's annotation, or a statement PostgreSQL refuses in a transaction. */
        static boolean noTransaction(String layout, String text) {
            return text.startsWith("-- atlas:txmode none") || text.contains("-- +goose NO TRANSACTION")
                    || text.toUpperCase(java.util.Locale.ROOT).contains("INDEX CONCURRENTLY");
        }

        private static boolean onPath(String command) {
            return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                    .anyMatch(folder -> Files.isExecutable(Path.of(folder, command)));
        }
    }
}
