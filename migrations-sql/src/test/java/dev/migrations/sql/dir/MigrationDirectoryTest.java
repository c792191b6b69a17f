package dev.migrations.sql.dir;

import dev.migrations.sql.sum.AtlasSum;
import dev.migrations.sql.sum.SumEntry;
import dev.migrations.error.SumFileException;
import dev.migrations.sql.sum.SumMismatch;
import dev.migrations.error.SumMismatchException;
import dev.migrations.sql.testing.Folder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationDirectoryTest {

    @TempDir
    Path temp;

    MigrationDirectory read(Path folder, DirectoryFormat format) {
        return DirectoryReader.read(DirectoryLocation.of(folder), format).directories().get(0);
    }

    MigrationDirectory read(String spec, DirectoryFormat format) {
        return DirectoryReader.read(DirectoryLocation.parse(spec), format).directories().get(0);
    }

    MigrationDirectory hashed(Folder folder) {
        read(folder.path(), DirectoryFormat.ATLAS).writeSum();
        return read(folder.path(), DirectoryFormat.ATLAS);
    }

    @Test
    void writeSumWritesAtlasTextWithLfAndVerifies() throws Exception {
        Folder folder = Folder.at(temp).file("1_a.sql", "A\r\n").file("2_b.sql", "B");

        MigrationDirectory directory = hashed(folder);

        assertThat(Files.readAllBytes(temp.resolve("atlas.sum"))).isEqualTo(directory.computeSum().toBytes());
        assertThat(folder.read("atlas.sum")).doesNotContain("\r").startsWith("h1:").endsWith("\n");
        assertThat(directory.verifiedSum()).isEqualTo(AtlasSum.parse(directory.sumFile().orElseThrow()));
        try (var leftovers = Files.list(temp)) {
            assertThat(leftovers.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrder("1_a.sql", "2_b.sql", "atlas.sum");
        }
    }

    @Test
    void emptyDirectoryNeedsNoSumButHashingWritesTheEmptySum() {
        MigrationDirectory empty = read(temp, DirectoryFormat.ATLAS);
        assertThatCode(empty::verifySum).doesNotThrowAnyException();

        empty.writeSum();

        assertThat(Folder.at(temp).read("atlas.sum")).isEqualTo("h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
        assertThatCode(read(temp, DirectoryFormat.ATLAS)::verifySum).doesNotThrowAnyException();
    }

    @Test
    void missingSumWithFilesPresent() {
        Folder.at(temp).file("1_a.sql", "A");
        String dir = temp.toString();

        assertThatThrownBy(read(temp, DirectoryFormat.ATLAS)::verifySum)
                .isInstanceOfSatisfying(SumFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(SumFileException.Problem.MISSING))
                .hasMessage(dir + ": atlas.sum is missing, but the directory has 1 migration file (first: 1_a.sql);"
                        + " create it with MigrationDirectory.writeSum() (the hash command)");
    }

    @Test
    void malformedSumNamesFileLineAndFix() {
        Folder.at(temp).file("1_a.sql", "A").file("atlas.sum", "h1:abc\r\n1_a.sql\r\n");

        assertThatThrownBy(read("file://" + temp, DirectoryFormat.ATLAS)::verifySum)
                .isInstanceOfSatisfying(SumFileException.class, e -> {
                    assertThat(e.problem()).isEqualTo(SumFileException.Problem.MALFORMED);
                    assertThat(e.line()).hasValue(2);
                })
                .hasMessage(temp + "/atlas.sum line 2 must be '<file> h1:<hash>' but is '1_a.sql'. If the migration"
                        + " files are right, rewrite it with MigrationDirectory.writeSum() (the hash command); otherwise"
                        + " restore atlas.sum from version control");
    }

    @Test
    void handEditedSumIsAChecksumMismatch() {
        MigrationDirectory directory = hashed(Folder.at(temp).file("1_a.sql", "A"));
        byte[] edited = new String(directory.sumFile().orElseThrow(), StandardCharsets.UTF_8)
                .replace("1_a.sql h1:", "1_a.sql h1:x").getBytes(StandardCharsets.UTF_8);
        MigrationDirectory handEdited = new MigrationDirectory(directory.display(), directory.path(), "",
                DirectoryFormat.ATLAS, directory.files(), Optional.of(edited));

        assertThatThrownBy(handEdited::verifySum)
                .isInstanceOfSatisfying(SumFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(SumFileException.Problem.CHECKSUM_MISMATCH))
                .hasMessageContaining(temp + "/atlas.sum line 1 does not match the file entries below it");
    }

    @Test
    void crlfSumWrittenOnWindowsStillVerifies() {
        MigrationDirectory directory = hashed(Folder.at(temp).file("1_a.sql", "A").file("2_b.sql", "B"));
        String crlf = new String(directory.sumFile().orElseThrow(), StandardCharsets.UTF_8).replace("\n", "\r\n");
        Folder.at(temp).file("atlas.sum", crlf);

        assertThatCode(read(temp, DirectoryFormat.ATLAS)::verifySum).doesNotThrowAnyException();
    }

    @Test
    void editedFileIsDiagnosedWithLineAndFix() {
        Folder folder = Folder.at(temp).file("1_a.sql", "A").file("2_b.sql", "B").file("3_c.sql", "C");
        hashed(folder);
        folder.file("2_b.sql", "B, edited");

        assertThatThrownBy(read(temp, DirectoryFormat.ATLAS)::verifySum)
                .isInstanceOfSatisfying(SumMismatchException.class, e -> {
                    assertThat(e.mismatch()).isEqualTo(new SumMismatch(3, "2_b.sql", SumMismatch.Change.EDITED));
                    assertThat(e.directory()).isEqualTo(temp.toString());
                })
                .hasMessage(temp + ": the migration files do not match atlas.sum: L3: 2_b.sql was edited. If the change"
                        + " was intended, rewrite atlas.sum with MigrationDirectory.writeSum() (the hash command); otherwise revert your edit"
                        + " of 2_b.sql.");
    }

    @Test
    void addedAndRemovedFiles() throws Exception {
        Folder folder = Folder.at(temp).file("1_a.sql", "A").file("3_c.sql", "C");
        hashed(folder);

        folder.file("2_b.sql", "B");
        assertThatThrownBy(read(temp, DirectoryFormat.ATLAS)::verifySum)
                .isInstanceOfSatisfying(SumMismatchException.class, e -> assertThat(e.mismatch())
                        .isEqualTo(new SumMismatch(3, "2_b.sql", SumMismatch.Change.ADDED)))
                .hasMessageEndingWith("otherwise remove 2_b.sql.");

        Files.delete(temp.resolve("2_b.sql"));
        Files.delete(temp.resolve("3_c.sql"));
        assertThatThrownBy(read(temp, DirectoryFormat.ATLAS)::verifySum)
                .isInstanceOfSatisfying(SumMismatchException.class, e -> assertThat(e.mismatch())
                        .isEqualTo(new SumMismatch(3, "3_c.sql", SumMismatch.Change.REMOVED)))
                .hasMessageEndingWith("otherwise restore 3_c.sql.");
    }

    @Test
    void sumIgnoreFileMayChangeFreely() {
        Folder folder = Folder.at(temp).file("1_a.sql", "-- atlas:sum ignore\nSELECT 1;\n").file("2_b.sql", "B");
        hashed(folder);
        assertThat(folder.read("atlas.sum")).doesNotContain("1_a.sql");

        folder.file("1_a.sql", "-- atlas:sum ignore\nSELECT 'changed';\n");

        assertThatCode(read(temp, DirectoryFormat.ATLAS)::verifySum).doesNotThrowAnyException();
    }

    @Test
    void fixNamesTheDirectoryAndTheWayToRehashIt() {
        Path spaced = temp.resolve("my migrations");
        Folder.at(spaced).file("V1__a.sql", "A");

        assertThatThrownBy(read(spaced, DirectoryFormat.FLYWAY)::verifySum)
                .isInstanceOfSatisfying(SumFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(SumFileException.Problem.MISSING))
                .hasMessageStartingWith(spaced + ": atlas.sum is missing")
                .hasMessageEndingWith("create it with MigrationDirectory.writeSum() (the hash command)");
    }

    @Test
    void classpathDirectoryIsReadOnly() {
        MigrationDirectory onClasspath = new MigrationDirectory("classpath:db/migrations", Optional.empty(), "",
                DirectoryFormat.ATLAS, List.of(), Optional.empty());

        assertThatThrownBy(onClasspath::writeSum)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("classpath:db/migrations is on the class path and read-only")
                .hasMessageContaining("read its source folder (such as src/main/resources/...) and write atlas.sum there");
    }

    @Test
    void tenThousandFiles() throws Exception {
        Folder folder = Folder.at(temp);
        List<String> names = IntStream.range(0, 10_000).mapToObj(i -> (20_240_101_000_000L + i) + "_file_" + i + ".sql")
                .toList();
        for (int i = 0; i < names.size(); i++) {
            folder.file(names.get(i), "CREATE TABLE t" + i + " (id int);\n");
        }

        MigrationDirectory directory = hashed(folder);
        directory.verifySum();

        assertThat(directory.files()).extracting(DirectoryFile::name).isEqualTo(names);
        MessageDigest running = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < names.size(); i++) {
            running.update((names.get(i) + "CREATE TABLE t" + i + " (id int);\n").getBytes(StandardCharsets.UTF_8));
        }
        SumEntry last = directory.verifiedSum().entries().get(9_999);
        assertThat(last.hash()).isEqualTo(Base64.getEncoder().encodeToString(running.digest()));

        folder.file(names.get(5_000), "edited");
        assertThatThrownBy(read(temp, DirectoryFormat.ATLAS)::verifySum)
                .isInstanceOfSatisfying(SumMismatchException.class, e -> assertThat(e.mismatch())
                        .isEqualTo(new SumMismatch(5_002, names.get(5_000), SumMismatch.Change.EDITED)));
    }
}
