package dev.migrations.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code migrations migrate lint} and {@code migrate apply --lint}. */
class LintCommandTest {

    @TempDir
    Path dir;

    @BeforeEach
    void files() throws IOException {
        write("1_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, name text);\n"
                + "CREATE INDEX users_name ON users (name);\n");
        write("2_orders.sql", "SET lock_timeout = '5s';\n\nALTER TABLE users ADD COLUMN age int NOT NULL;\n"
                + "DROP TABLE legacy;\n");
        write("3_index.sql", "SET lock_timeout = '5s';\nCREATE INDEX users_age ON users (age);\n");
    }

    @Test
    void textListsEachFindingWithItsFixAndExitsOneOnErrors() {
        Cli cli = Cli.run("migrate", "lint", "--dir", dir.toString());

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).contains(
                "2_orders.sql:3: error MF103: NOT NULL column age is added to users without a default",
                "    ALTER TABLE users ADD COLUMN age int NOT NULL\n",
                "    fix: Give the column a default (ADD COLUMN age int NOT NULL DEFAULT <value>",
                "2_orders.sql:4: error DS102: table legacy is dropped with all its rows",
                "3_index.sql:2: warning PG101: index users_age is built on existing table users without"
                        + " CONCURRENTLY",
                "3 files linted: 2 errors, 1 warning\n");
        assertThat(cli.out()).as("the index on a table the same file created is no risk")
                .doesNotContain("1_users.sql");
    }

    @Test
    void latestLintsOnlyTheLastFilesWithTheEarlierOnesAsContext() {
        Cli cli = Cli.run("migrate", "lint", "--dir", dir.toString(), "--latest", "1");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).contains("3_index.sql:2: warning PG101").contains("1 file linted: 0 errors, 1 warning")
                .doesNotContain("2_orders.sql");
    }

    @Test
    void jsonCarriesEveryField() throws IOException {
        Cli cli = Cli.run("migrate", "lint", "--dir", dir.toString(), "--format", "json");

        JsonNode json = new ObjectMapper().readTree(cli.out());
        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(json.get("errors").asInt()).isEqualTo(2);
        assertThat(json.get("warnings").asInt()).isEqualTo(1);
        assertThat(json.get("files")).hasSize(3);
        JsonNode first = json.get("findings").get(0);
        assertThat(first.get("code").asText()).isEqualTo("MF103");
        assertThat(first.get("severity").asText()).isEqualTo("error");
        assertThat(first.get("family").asText()).isEqualTo("data-dependent");
        assertThat(first.get("file").asText()).isEqualTo("2_orders.sql");
        assertThat(first.get("line").asInt()).isEqualTo(3);
        assertThat(first.get("table").asText()).isEqualTo("users");
        assertThat(first.get("statement").asText()).isEqualTo("ALTER TABLE users ADD COLUMN age int NOT NULL");
        assertThat(first.get("fix").asText()).contains("DEFAULT");
        assertThat(first.has("tableBytes")).as("no database, no size").isFalse();
    }

    @Test
    void githubAnnotationsPointAtFileAndLine() {
        Cli cli = Cli.run("migrate", "lint", "--dir", dir.toString(), "--format", "github");

        String prefix = Path.of("").toAbsolutePath().relativize(dir).toString().replace('\\', '/');
        assertThat(cli.out().lines().filter(line -> line.startsWith("::")))
                .hasSize(3)
                .anySatisfy(line -> assertThat(line).startsWith("::error file=" + prefix
                        + "/2_orders.sql,line=4,title=DS102 destructive::table legacy is dropped"))
                .anySatisfy(line -> assertThat(line).startsWith("::warning file=" + prefix
                        + "/3_index.sql,line=2,title=PG101 concurrent-index::"));
    }

    @Test
    void severitiesAndNolintCommentsDecideWhatFails() throws IOException {
        write("2_orders.sql", "SET lock_timeout = '5s';\n\n-- atlas:nolint MF103\n"
                + "ALTER TABLE users ADD COLUMN age int NOT NULL;\nDROP TABLE legacy;\n");

        Cli lowered = Cli.run("migrate", "lint", "--dir", dir.toString(), "--severity", "DS102=warning,PG101=off");

        assertThat(lowered.exitCode()).isZero();
        assertThat(lowered.out()).contains("2_orders.sql:5: warning DS102")
                .contains("3 files linted: 0 errors, 1 warning, 1 suppressed by atlas:nolint");

        Cli bad = Cli.run("migrate", "lint", "--dir", dir.toString(), "--severity", "XX999=error");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown lint code 'XX999'");
    }

    @Test
    void withAUrlFindingsShowTheTableSizeAndApplyLintRefusesErrors() throws IOException {
        try (TestDatabase db = TestPostgres.newDatabase()) {
            Files.delete(dir.resolve("2_orders.sql"));
            Files.delete(dir.resolve("3_index.sql"));
            assertThat(Cli.run("migrate", "hash", "--dir", dir.toString()).exitCode()).isZero();
            assertThat(Cli.run("migrate", "apply", "--dir", dir.toString(), "--url", db.uri()).exitCode()).isZero();
            write("2_drop.sql", "DROP TABLE users;\n");
            assertThat(Cli.run("migrate", "hash", "--dir", dir.toString()).exitCode()).isZero();

            Cli lint = Cli.run("migrate", "lint", "--dir", dir.toString(), "--url", db.uri(), "--latest", "1");
            assertThat(lint.exitCode()).isEqualTo(1);
            assertThat(lint.out()).containsPattern("    table users: \\d+ kB\n");

            Cli apply = Cli.run("migrate", "apply", "--dir", dir.toString(), "--url", db.uri(), "--lint");
            assertThat(apply.exitCode()).isEqualTo(1);
            assertThat(apply.err()).contains("refusing to apply: 1 lint error", "2_drop.sql:1: DS102");
            Cli status = Cli.run("migrate", "status", "--dir", dir.toString(), "--url", db.uri(), "--format",
                    "json");
            JsonNode json = new ObjectMapper().readTree(status.out());
            List<String> pending = new ArrayList<>();
            json.get("pending").forEach(file -> pending.add(file.asText()));
            assertThat(pending).containsExactly("2_drop.sql");
        }
    }

    private void write(String name, String sql) throws IOException {
        Files.writeString(dir.resolve(name), sql);
    }
}
