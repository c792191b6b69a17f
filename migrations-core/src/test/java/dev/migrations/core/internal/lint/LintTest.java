package dev.migrations.core.internal.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.core.LintPolicy;
import dev.migrations.core.LintScope;
import dev.migrations.core.error.LintRefusedException;
import dev.migrations.core.fixture.DatabaseTest;
import dev.migrations.core.fixture.Db;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.sql.lint.Finding;
import dev.migrations.sql.lint.LintCode;
import dev.migrations.sql.lint.LintReport;
import dev.migrations.sql.lint.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Linting through the library: without a database, with table sizes, at boot, and on a git branch's files. */
class LintTest extends DatabaseTest {

    @BeforeEach
    void files() {
        dir.file("1_users.sql", "CREATE TABLE users (id bigint PRIMARY KEY, name text);\n"
                + "CREATE INDEX users_name ON users (name);\n");
        dir.file("2_orders.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, note text);\n");
    }

    @Test
    void theConfigurationLintsWithoutAnyDatabase() {
        dir.file("3_drop.sql", "DROP TABLE orders;\n");

        LintReport report = dev.migrations.core.Migrations.configure().directory(dir.location())
                .lint(LintScope.latest(1));

        assertThat(report.files()).containsExactly("3_drop.sql");
        assertThat(report.findings()).extracting(Finding::code, Finding::line, Finding::table)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LintCode.DS102, 1, "orders"),
                        org.assertj.core.groups.Tuple.tuple(LintCode.MG107, 1, "orders"));
        assertThat(report.findings().get(0).tableBytes()).isEmpty();
        assertThat(dev.migrations.core.Migrations.configure().directory(dir.location()).lint().files())
                .containsExactly("1_users.sql", "2_orders.sql", "3_drop.sql");
    }

    @Test
    void withADatabaseEachFindingCarriesItsTableSizeReadWithoutWriting() {
        config().load().migrate();
        Db.exec(db, "INSERT INTO users SELECT g, repeat('x', 200) FROM generate_series(1, 2000) g");
        dir.file("3_index.sql", "CREATE INDEX users_name2 ON users (name);\n");
        List<Map<String, String>> before = Db.catalog(db);

        LintReport report = config().lint(LintScope.latest(1));

        assertThat(report.findings()).extracting(Finding::code).containsExactly(LintCode.PG101, LintCode.MG107);
        long expected = Long.parseLong(Db.rows(db, "SELECT pg_total_relation_size('public.users') AS size").get(0)
                .get("size"));
        assertThat(report.findings()).allSatisfy(f -> assertThat(f.tableBytes()).hasValue(expected));
        assertThat(expected).isGreaterThan(400_000L);
        assertThat(Db.catalog(db)).isEqualTo(before);
    }

    @Test
    void theRefusePolicyStopsPendingFilesWithErrorsBeforeAnyWrite() {
        config().load().migrate();
        dir.file("3_age.sql", "ALTER TABLE users ADD COLUMN age int NOT NULL;\n");
        dir.file("4_shop.sql", "CREATE TABLE shop (id int);\n");
        List<Map<String, String>> before = Db.catalog(db);
        List<Map<String, String>> revisions = Db.rows(db, "SELECT version FROM atlas_schema_revisions");

        assertThatThrownBy(() -> config().lintPolicy(LintPolicy.REFUSE).load().migrate())
                .isInstanceOfSatisfying(LintRefusedException.class, e -> {
                    assertThat(e.findings()).extracting(Finding::code, Finding::file, Finding::line)
                            .containsExactly(org.assertj.core.groups.Tuple.tuple(LintCode.MF103, "3_age.sql", 1));
                    assertThat(e.getMessage()).contains("3_age.sql:1: MF103", "nothing was applied",
                            "-- atlas:nolint MF103");
                });
        assertThat(Db.catalog(db)).isEqualTo(before);
        assertThat(Db.rows(db, "SELECT version FROM atlas_schema_revisions")).isEqualTo(revisions);
    }

    @Test
    void aSuppressedFindingOrALoweredSeverityLetsTheRunApply() {
        config().load().migrate();
        dir.file("3_age.sql", "-- atlas:nolint MF103\nALTER TABLE users ADD COLUMN age int NOT NULL;\n");
        dir.file("4_drop.sql", "DROP TABLE orders;\n");

        assertThatThrownBy(() -> config().lintPolicy(LintPolicy.REFUSE).load().migrate())
                .isInstanceOfSatisfying(LintRefusedException.class, e -> assertThat(e.findings())
                        .extracting(Finding::code).containsExactly(LintCode.DS102));

        MigrateResult result = config().lintPolicy(LintPolicy.REFUSE).lintSeverity(LintCode.DS102,
                Severity.WARNING).load().migrate();
        assertThat(result.applied()).extracting(a -> a.file()).containsExactly("3_age.sql", "4_drop.sql");
    }

    @Test
    void theWarnPolicyAppliesDespiteErrors() {
        config().load().migrate();
        dir.file("3_drop.sql", "DROP TABLE orders;\n");

        MigrateResult result = config().lintPolicy(LintPolicy.WARN).load().migrate();

        assertThat(result.applied()).extracting(a -> a.file()).containsExactly("3_drop.sql");
    }

    @Test
    void gitBaseSelectsTheFilesAddedOrChangedOnTheBranch() throws Exception {
        Path repo = tmp;
        git(repo, "init", "-q", "-b", "main");
        git(repo, "add", ".");
        git(repo, "-c", "user.email=a@b.c", "-c", "user.name=a", "commit", "-q", "-m", "base");
        git(repo, "checkout", "-q", "-b", "feature");
        dir.file("3_committed.sql", "DROP TABLE orders;\n");
        git(repo, "add", ".");
        git(repo, "-c", "user.email=a@b.c", "-c", "user.name=a", "commit", "-q", "-m", "feature");
        dir.file("4_untracked.sql", "CREATE INDEX orders_note ON orders (note);\n");

        assertThat(GitChanges.since(Path.of(dir.location()), "main"))
                .containsExactlyInAnyOrder("3_committed.sql", "4_untracked.sql", "atlas.sum");
        assertThatThrownBy(() -> GitChanges.since(Path.of(dir.location()), "no-such-branch"))
                .hasMessageContaining("merge-base").hasMessageContaining("git fetch");
    }

    private static void git(Path directory, String... arguments) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        assertThat(Files.isDirectory(directory)).isTrue();
    }
}
