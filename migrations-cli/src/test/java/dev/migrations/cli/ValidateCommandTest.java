package dev.migrations.cli;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {

    @TempDir
    Path temp;

    TestFolder hashed(TestFolder folder, String... formatOption) {
        String[] args = new String[3 + formatOption.length];
        args[0] = "migrate";
        args[1] = "hash";
        args[2] = "--dir=" + folder.dir();
        System.arraycopy(formatOption, 0, args, 3, formatOption.length);
        assertThat(Cli.run(args).exitCode()).isZero();
        return folder;
    }

    TestFolder threeFiles() {
        return hashed(new TestFolder(temp).file("1_a.sql", "A").file("2_b.sql", "B").file("3_c.sql", "C"));
    }

    @Nested
    class Text {

        @Test
        void matchingSumExitsZero() {
            threeFiles();

            Cli cli = Cli.run("migrate", "validate", "--dir", temp.toString());

            assertThat(cli.exitCode()).isZero();
            assertThat(cli.out()).isEqualTo("atlas.sum matches: " + temp + " (atlas layout, 3 files)\n");
            assertThat(cli.err()).isEmpty();
        }

        @Test
        void editedFile() {
            threeFiles().file("2_b.sql", "B2");

            Cli cli = Cli.run("migrate", "validate", "--dir", temp.toString());

            assertThat(cli.exitCode()).isEqualTo(1);
            assertThat(cli.out()).isEmpty();
            assertThat(cli.err()).isEqualTo("error: " + temp + ": the migration files do not match atlas.sum: L3: 2_b.sql"
                    + " was edited. If the change was intended, rewrite atlas.sum with MigrationDirectory.writeSum() (the"
                    + " hash command); otherwise revert your edit of 2_b.sql.\n"
                    + "hint: after reviewing the files, rewrite atlas.sum with 'migrations migrate hash --dir " + temp
                    + "'\n");
        }

        @Test
        void addedFile() {
            threeFiles().file("4_d.sql", "D");

            Cli cli = Cli.run("migrate", "validate", "--dir", temp.toString());

            assertThat(cli.exitCode()).isEqualTo(1);
            assertThat(cli.err()).contains("L5: 4_d.sql was added")
                    .contains("\nhint: after reviewing the files, rewrite atlas.sum with 'migrations migrate hash --dir "
                            + temp + "'");
        }

        @Test
        void removedFile() throws Exception {
            threeFiles();
            Files.delete(temp.resolve("1_a.sql"));

            Cli cli = Cli.run("migrate", "validate", "--dir", temp.toString());

            assertThat(cli.exitCode()).isEqualTo(1);
            assertThat(cli.err()).contains("L2: 1_a.sql was removed").contains("otherwise restore 1_a.sql");
        }

        @Test
        void missingSumIsItsOwnError() {
            new TestFolder(temp).file("1_a.sql", "A");

            Cli cli = Cli.run("migrate", "validate", "--dir", temp.toString());

            assertThat(cli.exitCode()).isEqualTo(1);
            assertThat(cli.err()).isEqualTo("error: " + temp + ": atlas.sum is missing, but the directory has 1 migration"
                    + " file (first: 1_a.sql); create it with MigrationDirectory.writeSum() (the hash command)\n"
                    + "hint: after reviewing the files, rewrite atlas.sum with 'migrations migrate hash --dir " + temp
                    + "'\n");
        }

        @Test
        void noFilesAndNoSumIsFine() {
            Cli cli = Cli.run("migrate", "validate", "--dir", temp.toString());

            assertThat(cli.exitCode()).isZero();
        }

        @Test
        void malformedSumIsItsOwnError() {
            threeFiles().file("atlas.sum", "h1:abc\n1_a.sql h1:x\ngarbage\n");

            Cli cli = Cli.run("migrate", "validate", "--dir", temp.toString());

            assertThat(cli.exitCode()).isEqualTo(1);
            assertThat(cli.err()).startsWith("error: " + temp + "/atlas.sum line 3 must be '<file> h1:<hash>' but is 'garbage'.")
                    .doesNotContain("\tat ");
        }

        @Test
        void crlfSumFromWindowsCheckoutStillMatches() {
            TestFolder folder = threeFiles();
            folder.file("atlas.sum", folder.read("atlas.sum").replace("\n", "\r\n"));

            assertThat(Cli.run("migrate", "validate", "--dir", temp.toString()).exitCode()).isZero();
        }

        @Test
        void flywayFixCommandCarriesTheFormat() {
            TestFolder folder = hashed(new TestFolder(temp).file("V1__a.sql", "A"), "--dir-format", "flyway");
            folder.file("V1__a.sql", "A2");

            Cli cli = Cli.run("migrate", "validate", "--dir", temp.toString(), "--dir-format", "flyway");

            assertThat(cli.err()).contains("L2: V1__a.sql was edited")
                    .contains("\nhint: after reviewing the files, rewrite atlas.sum with 'migrations migrate hash --dir "
                            + temp + " --dir-format flyway'");
        }

        @Test
        void everyReleaseFolderIsReported() {
            TestFolder folder = hashed(new TestFolder(temp).file("1.0/1_a.sql", "A").file("2.0/2_b.sql", "B"));
            folder.file("1.0/1_a.sql", "A2").file("2.0/2_b.sql", "B2");

            Cli cli = Cli.run("migrate", "validate", "--dir", temp.toString());

            assertThat(cli.exitCode()).isEqualTo(1);
            assertThat(cli.err().lines()).hasSize(4);
            assertThat(cli.err()).contains(temp + "/1.0: ").contains(temp + "/2.0: ")
                    .contains("hint: after reviewing the files, rewrite atlas.sum with 'migrations migrate hash --dir "
                            + temp + "/1.0'")
                    .contains("hint: after reviewing the files, rewrite atlas.sum with 'migrations migrate hash --dir "
                            + temp + "/2.0'");
        }
    }

    @Nested
    class JsonOutput {

        @Test
        void ok() {
            threeFiles();

            Cli cli = Cli.run("migrate", "validate", "--dir", temp.toString(), "--format", "json");

            assertThat(cli.exitCode()).isZero();
            assertThat(cli.out()).isEqualTo("{\"status\":\"OK\"}\n");
            assertThat(cli.err()).isEmpty();
        }

        @Test
        void mismatch() {
            threeFiles().file("2_b.sql", "B2");

            Cli cli = Cli.run("migrate", "validate", "--dir", temp.toString(), "--format=json");

            assertThat(cli.exitCode()).isEqualTo(1);
            assertThat(cli.err()).isEmpty();
            assertThat(cli.out()).startsWith("{\"status\":\"FAILED\",\"errors\":[{\"dir\":\"" + temp
                            + "\",\"problem\":\"edited\",\"message\":\"")
                    .endsWith("\",\"line\":3,\"file\":\"2_b.sql\",\"fix\":\"migrations migrate hash --dir " + temp + "\"}]}\n");
        }

        @Test
        void missingSum() {
            new TestFolder(temp).file("1_a.sql", "A");

            Cli cli = Cli.run("migrate", "validate", "--dir", temp.toString(), "--format", "json");

            assertThat(cli.exitCode()).isEqualTo(1);
            assertThat(cli.out()).contains("\"problem\":\"missing\"").contains("\"file\":\"" + temp + "/atlas.sum\"");
        }

        @Test
        void malformedSumCarriesTheLine() {
            threeFiles().file("atlas.sum", "h1:abc\n1_a.sql\n");

            Cli cli = Cli.run("migrate", "validate", "--dir", temp.toString(), "--format", "json");

            assertThat(cli.out()).contains("\"problem\":\"malformed\"").contains("\"line\":2");
        }

        @Test
        void unreadableDirectory() {
            Cli cli = Cli.run("migrate", "validate", "--dir", temp + "/nope", "--format", "json");

            assertThat(cli.exitCode()).isEqualTo(1);
            assertThat(cli.out()).startsWith("{\"status\":\"FAILED\",\"errors\":[{\"dir\":\"" + temp
                    + "/nope\",\"problem\":\"unreadable\"");
        }
    }
}
