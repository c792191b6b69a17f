package dev.migrations.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class HashCommandTest {

    static final String WIDGETS = "CREATE TABLE widgets (id INTEGER PRIMARY KEY);\n";

    @TempDir
    Path temp;

    @Test
    void writesAtlasSum() {
        TestFolder folder = new TestFolder(temp).file("1_init.up.sql", WIDGETS).file("1_init.down.sql", "DROP TABLE widgets;\n");

        Cli cli = Cli.run("migrate", "hash", "--dir", folder.dir(), "--dir-format", "golang-migrate");

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.err()).isEmpty();
        assertThat(cli.out()).isEqualTo("wrote " + temp + "/atlas.sum (1 file)\n");
        assertThat(folder.read("atlas.sum")).isEqualTo("""
                h1:kLQfGRFTT89eJ+AUaleT+/c077hkM+x6tfc4UypYjZs=
                1_init.up.sql h1:Mkd1ScxYQTnH/OgnXF2f/CMiaucf3GrraUCxWMd25G8=
                """);
    }

    @Test
    void acceptsAtlasStyleFileUrlAndFlywayLayout() {
        TestFolder folder = new TestFolder(temp).file("V1__init.sql", WIDGETS)
                .file("sub/V2__nested.sql", "CREATE TABLE nested (id INTEGER PRIMARY KEY);\n");

        Cli cli = Cli.run("migrate", "hash", "--dir", "file://" + temp, "--dir-format", "flyway");

        assertThat(cli.exitCode()).isZero();
        assertThat(folder.read("atlas.sum")).startsWith("h1:7ad3JauGs7aOZeyXi0cO10IbvTOqjvm2UTagEtkK6b8=\n");
    }

    @Test
    void acceptsWhatAtlasAcceptsWithoutVersionRules() {
        TestFolder folder = new TestFolder(temp).file("1.a_sub.up.sql", "x").file("nodescription.sql", "y")
                .file("10_b.sql", "b").file("9_a.sql", "a");

        Cli cli = Cli.run("migrate", "hash", "--dir", folder.dir());

        assertThat(cli.exitCode()).isZero();
        assertThat(folder.read("atlas.sum")).contains("1.a_sub.up.sql h1:", "nodescription.sql h1:", "9_a.sql h1:");
    }

    @Test
    void emptyDirectoryGetsTheEmptySum() {
        Cli cli = Cli.run("migrate", "hash", "--dir", temp.toString());

        assertThat(cli.exitCode()).isZero();
        assertThat(new TestFolder(temp).read("atlas.sum")).isEqualTo("h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
    }

    @Test
    void releaseRootGetsOneSumPerReleaseFolder() {
        TestFolder folder = new TestFolder(temp).file("1.0.0/001_a.sql", "A").file("1.1.0/002_b.sql", "B");

        Cli cli = Cli.run("migrate", "hash", "--dir", folder.dir());

        assertThat(cli.exitCode()).isZero();
        assertThat(cli.out()).isEqualTo("wrote " + temp + "/1.0.0/atlas.sum (1 file)\nwrote " + temp
                + "/1.1.0/atlas.sum (1 file)\n");
        assertThat(folder.exists("atlas.sum")).isFalse();
        assertThat(folder.read("1.1.0/atlas.sum")).contains("002_b.sql h1:");
    }

    @Test
    void missingDirectoryIsAFailureWithoutStackTrace() {
        Cli cli = Cli.run("migrate", "hash", "--dir", temp + "/nope");

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).isEqualTo("error: migration directory " + temp + "/nope does not exist (looked at " + temp
                + "/nope); create it, or configure the right folder with directory(...)\nhint: --dir names the migration"
                + " folder\n");
    }

    @Test
    void verboseAddsTheStackTrace() {
        Cli cli = Cli.run("--verbose", "migrate", "hash", "--dir", temp + "/nope");

        assertThat(cli.exitCode()).isEqualTo(1);
        assertThat(cli.err()).startsWith("error: migration directory").contains("\tat dev.migrations.sql.dir.");
        assertThat(Cli.run("migrate", "hash", "--dir", temp + "/nope", "--verbose").err()).contains("\tat ");
    }
}
