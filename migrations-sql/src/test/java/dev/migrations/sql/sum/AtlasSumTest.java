package dev.migrations.sql.sum;

import dev.migrations.error.SumFileException;
import dev.migrations.sql.dir.DirectoryFile;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtlasSumTest {

    static final String WIDGETS = "CREATE TABLE widgets (id INTEGER PRIMARY KEY);\n";
    static final String NESTED = "CREATE TABLE nested (id INTEGER PRIMARY KEY);\n";
    static final String BASE = "CREATE TABLE base (id INTEGER PRIMARY KEY);\n";

    static DirectoryFile file(String name, String content) {
        return new DirectoryFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class OracleVectors {

        @Test
        void golangMigrateUpFile() {
            AtlasSum sum = AtlasSum.compute(List.of(file("1_init.up.sql", WIDGETS)));

            assertThat(sum.sum()).isEqualTo("kLQfGRFTT89eJ+AUaleT+/c077hkM+x6tfc4UypYjZs=");
            assertThat(sum.entries()).containsExactly(
                    new SumEntry("1_init.up.sql", "Mkd1ScxYQTnH/OgnXF2f/CMiaucf3GrraUCxWMd25G8="));
        }

        @Test
        void flywaySingleFile() {
            AtlasSum sum = AtlasSum.compute(List.of(file("V1__init.sql", WIDGETS)));

            assertThat(sum.sum()).isEqualTo("JgadXWUJDWcE3tTqFmxhkX7ZPxDzCIfqUKZ6rADoM3A=");
            assertThat(sum.hashOf("V1__init.sql")).contains("Lcem1A1NyIMMjubsHiTK//OSyDNIY0ZIWtlHgWMHzB0=");
        }

        @Test
        void flywayNestedFileIsHashedUnderItsRelativePath() {
            AtlasSum sum = AtlasSum.compute(List.of(file("V1__init.sql", WIDGETS), file("sub/V2__nested.sql", NESTED)));

            assertThat(new String(sum.toBytes(), StandardCharsets.UTF_8)).isEqualTo("""
                    h1:7ad3JauGs7aOZeyXi0cO10IbvTOqjvm2UTagEtkK6b8=
                    V1__init.sql h1:Lcem1A1NyIMMjubsHiTK//OSyDNIY0ZIWtlHgWMHzB0=
                    sub/V2__nested.sql h1:HvRyCNahtaW45X197re72+iFeMX4xKRoBtlDXvJUdKc=
                    """);
        }

        @Test
        void flywayBaseline() {
            AtlasSum sum = AtlasSum.compute(List.of(file("B2__base.sql", BASE)));

            assertThat(new String(sum.toBytes(), StandardCharsets.UTF_8)).isEqualTo("""
                    h1:cm1D4+YYSuu/LHpdWCjdLKKdE3XPZOLm6nwzZUCWpVw=
                    B2__base.sql h1:EEPUhPy0sXNnJdd6+9SiVVRSEF86Has+0A3k27MymL0=
                    """);
        }

        @Test
        void emptyDirectory() {
            AtlasSum sum = AtlasSum.compute(List.of());

            assertThat(sum.entries()).isEmpty();
            assertThat(sum.toBytes()).asString().isEqualTo("h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
        }
    }

    @Nested
    class Hashing {

        @Test
        void eachEntryIsTheRunningHashOfAllNamesAndContentsSoFar() throws Exception {
            AtlasSum sum = AtlasSum.compute(List.of(file("1_a.sql", "A"), file("2_b.sql", "B")));

            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("1_a.sqlA".getBytes(StandardCharsets.UTF_8));
            String first = Base64.getEncoder().encodeToString(((MessageDigest) digest.clone()).digest());
            digest.update("2_b.sqlB".getBytes(StandardCharsets.UTF_8));
            String second = Base64.getEncoder().encodeToString(digest.digest());
            assertThat(sum.entries()).extracting(SumEntry::hash).containsExactly(first, second);
        }

        @Test
        void rawBytesAreHashedWithoutLineEndingOrByteOrderMarkNormalisation() {
            AtlasSum lf = AtlasSum.compute(List.of(file("1.sql", "SELECT 1;\n")));
            AtlasSum crlf = AtlasSum.compute(List.of(file("1.sql", "SELECT 1;\r\n")));
            AtlasSum bom = AtlasSum.compute(List.of(file("1.sql", "\uFEFFSELECT 1;\n")));

            assertThat(List.of(lf.sum(), crlf.sum(), bom.sum())).doesNotHaveDuplicates();
        }

        @Test
        void namesWithSpacesAndNonAsciiAreHashedAsUtf8() throws Exception {
            String name = "V103__behandling_resultat_til_vilkårsvurdering.sql";
            AtlasSum sum = AtlasSum.compute(List.of(file(name, "SELECT 1;"), file("2 with space.sql", "x")));

            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((name + "SELECT 1;").getBytes(StandardCharsets.UTF_8));
            assertThat(sum.hashOf(name)).contains(Base64.getEncoder().encodeToString(digest.digest()));
            assertThat(AtlasSum.parse(sum.toBytes())).isEqualTo(sum);
        }

        @Test
        void sumIgnoreFileFeedsItsNameButNotItsContentAndGetsNoEntry() throws Exception {
            DirectoryFile ignored = file("2_ignored.sql", "-- atlas:sum ignore\nSELECT 2;\n");
            AtlasSum sum = AtlasSum.compute(List.of(file("1_a.sql", "A"), ignored, file("3_c.sql", "C")));

            assertThat(sum.entries()).extracting(SumEntry::name).containsExactly("1_a.sql", "3_c.sql");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update("1_a.sqlA2_ignored.sql3_c.sqlC".getBytes(StandardCharsets.UTF_8));
            assertThat(sum.hashOf("3_c.sql")).contains(Base64.getEncoder().encodeToString(digest.digest()));
        }

        @Test
        void editingAnIgnoredFileDoesNotChangeTheSum() {
            AtlasSum before = AtlasSum.compute(List.of(file("1_a.sql", "-- atlas:sum ignore\nSELECT 1;"), file("2.sql", "B")));
            AtlasSum after = AtlasSum.compute(List.of(file("1_a.sql", "-- atlas:sum ignore\nSELECT 42;"), file("2.sql", "B")));

            assertThat(after).isEqualTo(before);
        }
    }

    @Nested
    class Parsing {

        final AtlasSum twoFiles = AtlasSum.compute(List.of(file("1_a.sql", "A"), file("2_b.sql", "B")));

        @Test
        void roundTripsItsOwnText() {
            assertThat(AtlasSum.parse(twoFiles.toBytes())).isEqualTo(twoFiles);
        }

        @Test
        void acceptsCrlfLineEndings() {
            String crlf = new String(twoFiles.toBytes(), StandardCharsets.UTF_8).replace("\n", "\r\n");

            assertThat(AtlasSum.parse(crlf.getBytes(StandardCharsets.UTF_8))).isEqualTo(twoFiles);
        }

        @Test
        void acceptsAMissingFinalNewline() {
            String text = new String(twoFiles.toBytes(), StandardCharsets.UTF_8);

            assertThat(AtlasSum.parse(text.strip().getBytes(StandardCharsets.UTF_8))).isEqualTo(twoFiles);
        }

        @Test
        void trimsSpaceAroundNamesLikeAtlas() {
            String text = new String(twoFiles.toBytes(), StandardCharsets.UTF_8).replace("1_a.sql h1:", "1_a.sql   h1:");

            assertThat(AtlasSum.parse(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(twoFiles);
        }

        @Test
        void rejectsAnEmptyFile() {
            assertThatThrownBy(() -> AtlasSum.parse(new byte[0]))
                    .isInstanceOfSatisfying(SumFileException.class, e -> {
                        assertThat(e.problem()).isEqualTo(SumFileException.Problem.MALFORMED);
                        assertThat(e.line()).hasValue(1);
                    })
                    .hasMessageContaining("atlas.sum is empty");
        }

        @Test
        void rejectsAFirstLineWithoutPrefix() {
            assertThatThrownBy(() -> AtlasSum.parse("hello\n".getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(SumFileException.class,
                            e -> assertThat(e.problem()).isEqualTo(SumFileException.Problem.MALFORMED))
                    .hasMessageContaining("line 1");
        }

        @Test
        void rejectsAnEntryLineWithoutHash() {
            String text = new String(twoFiles.toBytes(), StandardCharsets.UTF_8) + "3_c.sql\n";

            assertThatThrownBy(() -> AtlasSum.parse(text.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(SumFileException.class, e -> {
                        assertThat(e.problem()).isEqualTo(SumFileException.Problem.MALFORMED);
                        assertThat(e.line()).hasValue(4);
                    })
                    .hasMessageContaining("atlas.sum line 4 must be '<file> h1:<hash>' but is '3_c.sql'");
        }

        @Test
        void rejectsABlankLineInTheMiddleLikeAtlas() {
            String text = new String(twoFiles.toBytes(), StandardCharsets.UTF_8).replaceFirst("\n", "\n\n");

            assertThatThrownBy(() -> AtlasSum.parse(text.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(SumFileException.class, e -> assertThat(e.line()).hasValue(2));
        }

        @Test
        void rejectsAFirstLineThatDoesNotMatchTheEntries() {
            String text = new String(twoFiles.toBytes(), StandardCharsets.UTF_8)
                    .replace("2_b.sql h1:", "2_b.sql h1:X");

            assertThatThrownBy(() -> AtlasSum.parse(text.getBytes(StandardCharsets.UTF_8)))
                    .isInstanceOfSatisfying(SumFileException.class,
                            e -> assertThat(e.problem()).isEqualTo(SumFileException.Problem.CHECKSUM_MISMATCH))
                    .hasMessageContaining("checksum mismatch");
        }
    }

    @Nested
    class Diagnosis {

        final DirectoryFile a = file("1_a.sql", "A");
        final DirectoryFile b = file("2_b.sql", "B");
        final DirectoryFile c = file("3_c.sql", "C");
        final AtlasSum recorded = AtlasSum.compute(List.of(a, b, c));

        @Test
        void identicalDirectoriesHaveNoMismatch() {
            assertThat(recorded.firstMismatch(AtlasSum.compute(List.of(a, b, c)))).isEmpty();
        }

        @Test
        void editedFile() {
            AtlasSum onDisk = AtlasSum.compute(List.of(a, file("2_b.sql", "B!"), c));

            assertThat(recorded.firstMismatch(onDisk)).contains(new SumMismatch(3, "2_b.sql", SumMismatch.Change.EDITED));
            assertThat(recorded.firstMismatch(onDisk).orElseThrow()).hasToString("L3: 2_b.sql was edited");
        }

        @Test
        void editedLastFile() {
            AtlasSum onDisk = AtlasSum.compute(List.of(a, b, file("3_c.sql", "C!")));

            assertThat(recorded.firstMismatch(onDisk)).contains(new SumMismatch(4, "3_c.sql", SumMismatch.Change.EDITED));
        }

        @Test
        void fileAddedAtTheEnd() {
            AtlasSum onDisk = AtlasSum.compute(List.of(a, b, c, file("4_d.sql", "D")));

            assertThat(recorded.firstMismatch(onDisk)).contains(new SumMismatch(5, "4_d.sql", SumMismatch.Change.ADDED));
        }

        @Test
        void fileAddedInTheMiddle() {
            AtlasSum onDisk = AtlasSum.compute(List.of(a, file("1_b.sql", "new"), b, c));

            assertThat(recorded.firstMismatch(onDisk)).contains(new SumMismatch(3, "1_b.sql", SumMismatch.Change.ADDED));
        }

        @Test
        void fileRemoved() {
            AtlasSum onDisk = AtlasSum.compute(List.of(a, c));

            assertThat(recorded.firstMismatch(onDisk)).contains(new SumMismatch(3, "2_b.sql", SumMismatch.Change.REMOVED));
        }

        @Test
        void lastFileRemoved() {
            AtlasSum onDisk = AtlasSum.compute(List.of(a, b));

            assertThat(recorded.firstMismatch(onDisk)).contains(new SumMismatch(4, "3_c.sql", SumMismatch.Change.REMOVED));
        }

        @Test
        void renamedFileShowsAsTheOldNameRemoved() {
            AtlasSum onDisk = AtlasSum.compute(List.of(a, file("2_renamed.sql", "B"), c));

            assertThat(recorded.firstMismatch(onDisk)).contains(new SumMismatch(3, "2_b.sql", SumMismatch.Change.REMOVED));
        }

        @Test
        void renameThatMovesAFileLaterShowsTheFileNowInItsPlaceAsAdded() {
            AtlasSum onDisk = AtlasSum.compute(List.of(a, c, file("4_b.sql", "B")));

            assertThat(recorded.firstMismatch(onDisk)).contains(new SumMismatch(3, "2_b.sql", SumMismatch.Change.REMOVED));
        }

        @Test
        void fileAddedBeforeAnExistingOneIsAddedAtTheLineItTakes() {
            AtlasSum recordedTwo = AtlasSum.compute(List.of(b, c));
            AtlasSum onDisk = AtlasSum.compute(List.of(a, b, c));

            assertThat(recordedTwo.firstMismatch(onDisk)).contains(new SumMismatch(2, "1_a.sql", SumMismatch.Change.ADDED));
        }

        @Test
        void emptyRecordedSumAndOneFileOnDisk() {
            AtlasSum empty = AtlasSum.compute(List.of());

            assertThat(empty.firstMismatch(AtlasSum.compute(List.of(a))))
                    .contains(new SumMismatch(2, "1_a.sql", SumMismatch.Change.ADDED));
        }
    }
}
