package dev.migrations.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import static org.assertj.core.api.Assertions.assertThat;

class NewCommandTest {

    static final DateTimeFormatter VERSION = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

    @TempDir
    Path temp;

    /** Runs 'migrate new' and checks the version it used is the current UTC time. */
    Cli newMigration(String... extra) {
        String before = VERSION.format(LocalDateTime.now(ZoneOffset.UTC));
        String[] args = new String[2 + extra.length];
        args[0] = "migrate";
        args[1] = "new";
        System.arraycopy(extra, 0, args, 2, extra.length);
        Cli cli = Cli.run(args);
        String after = VERSION.format(LocalDateTime.now(ZoneOffset.UTC));
        if (cli.exitCode() == 0) {
            String version = cli.out().substring(cli.out().lastIndexOf('/') + 1).replaceAll("^V?(\\d{14}).*\\R", "$1");
            assertThat(version).matches("\\d{14}").isBetween(before, after);
        }
        return cli;
    }

    @Test
    void createsAnEmptyTimestampedFileAndRehashes() {
        TestFolder folder = new TestFolder(temp);

        Cli cli = newMigration("add_users", "--dir", folder.dir());

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).matches(temp + "/\\d{14}_add_users\\.sql\n");
        String created = cli.out().strip().substring(temp.toString().length() + 1);
        assertThat(folder.read(created)).isEmpty();
        assertThat(folder.read("atlas.sum")).contains(created + " h1:");
        assertThat(Cli.run("migrate", "validate", "--dir", folder.dir()).exitCode()).isZero();
    }

    @Test
    void nameIsOptionalLikeAtlas() {
        Cli cli = newMigration("--dir", temp.toString());

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).matches(temp + "/\\d{14}\\.sql\n");
    }

    @Test
    void flywayName() {
        Cli cli = newMigration("add_users", "--dir", temp.toString(), "--dir-format", "flyway");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).matches(temp + "/V\\d{14}__add_users\\.sql\n");
        assertThat(Cli.run("migrate", "validate", "--dir", temp.toString(), "--dir-format", "flyway").exitCode()).isZero();
    }

    @Test
    void golangMigrateCreatesUpAndDownButHashesUp() {
        TestFolder folder = new TestFolder(temp);

        Cli cli = newMigration("add_users", "--dir", folder.dir(), "--dir-format", "golang-migrate");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).matches(temp + "/\\d{14}_add_users\\.up\\.sql\n" + temp + "/\\d{14}_add_users\\.down\\.sql\n");
        assertThat(folder.read("atlas.sum")).contains("_add_users.up.sql h1:").doesNotContain(".down.sql");
    }

    @Test
    void createsTheDirectoryWhenMissing() {
        Path missing = temp.resolve("db/migrations");

        Cli cli = newMigration("init", "--dir", missing.toString());

        assertThat(cli.exitCode()).isZero();
        assertThat(new TestFolder(missing).names()).hasSize(2).contains("atlas.sum");
    }

    @Test
    void refusesWhileTheSumIsOutOfDate() {
        TestFolder folder = new TestFolder(temp).file("1_a.sql", "A");
        Cli.run("migrate", "hash", "--dir", folder.dir());
        folder.file("1_a.sql", "A2");

        Cli cli = Cli.run("migrate", "new", "more", "--dir", folder.dir());

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).startsWith("error: refusing to add a migration while atlas.sum is out of date.")
                .contains("L2: 1_a.sql was edited");
        assertThat(folder.names()).containsExactly("1_a.sql", "atlas.sum");
    }

    @Test
    void refusesWhenTheSumIsMissing() {
        TestFolder folder = new TestFolder(temp).file("1_a.sql", "A");

        Cli cli = Cli.run("migrate", "new", "more", "--dir", folder.dir());

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).contains("atlas.sum is missing");
    }

    @Test
    void releaseRootGetsTheFileInItsNewestReleaseFolder() {
        TestFolder folder = new TestFolder(temp).file("1.0.0/001_a.sql", "A").file("1.10.0/002_b.sql", "B")
                .file("1.9.0/003_c.sql", "C");
        Cli.run("migrate", "hash", "--dir", folder.dir());

        Cli cli = newMigration("more", "--dir", folder.dir());

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).startsWith(temp + "/1.10.0/");
        assertThat(Cli.run("migrate", "validate", "--dir", folder.dir()).exitCode()).isZero();
    }

    @Test
    void nameWithASlashIsAUsageError() {
        Cli cli = Cli.run("migrate", "new", "a/b", "--dir", temp.toString());

        assertThat(cli.exitCode()).isEqualTo(2);
        assertThat(cli.err()).contains("must not be blank or contain '/'");
    }
}
