package dev.migrations.sql.dir;

import dev.migrations.error.MigrationsException;
import dev.migrations.sql.testing.Folder;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryReaderTest {

    static final String WIDGETS = "CREATE TABLE widgets (id INTEGER PRIMARY KEY);\n";

    @TempDir
    Path temp;

    static MigrationDirectory single(Path folder, DirectoryFormat format) {
        MigrationRoot root = DirectoryReader.read(DirectoryLocation.of(folder), format);
        assertThat(root.releaseRoot()).isFalse();
        assertThat(root.directories()).hasSize(1);
        return root.directories().get(0);
    }

    static List<String> names(MigrationDirectory directory) {
        return directory.files().stream().map(DirectoryFile::name).toList();
    }

    static String sumText(MigrationDirectory directory) {
        return new String(directory.computeSum().toBytes(), StandardCharsets.UTF_8);
    }

    @Nested
    class AtlasLayout {

        @Test
        void topLevelSqlFilesOnlyInUtf8ByteOrder() {
            Folder.at(temp).file("b.sql", "b").file("B.sql", "B").file("å.sql", "x").file("z.sql", "z")
                    .file(".hidden.sql", "h").file("README.md", "r").file("x.SQL", "upper").file("atlas.sum", "h1:x")
                    .file("sub/1.sql", "nested").file("\uFF5E.sql", "fullwidth").file("\uD83D\uDE00.sql", "emoji");

            MigrationDirectory directory = single(temp, DirectoryFormat.ATLAS);

            assertThat(names(directory))
                    .containsExactly(".hidden.sql", "B.sql", "b.sql", "z.sql", "å.sql", "\uFF5E.sql", "\uD83D\uDE00.sql");
            assertThat(directory.sumFile()).hasValueSatisfying(sum -> assertThat(sum).asString().isEqualTo("h1:x"));
            assertThat(directory.release()).isEmpty();
            assertThat(directory.path()).contains(temp);
            assertThat(directory.format()).isEqualTo(DirectoryFormat.ATLAS);
        }

        @Test
        void aFolderNamedLikeAMigrationFileIsNotOne() {
            Folder.at(temp).file("1_a.sql", "a").file("2_b.sql/inside.sql", "nested").file("3_c.sql", "c");

            assertThat(names(single(temp, DirectoryFormat.ATLAS))).containsExactly("1_a.sql", "3_c.sql");
        }

        @Test
        void readsRawBytes() {
            byte[] crlfWithBom = "\uFEFFSELECT 1;\r\n".getBytes(StandardCharsets.UTF_8);
            Folder.at(temp).file("1.sql", crlfWithBom);

            assertThat(single(temp, DirectoryFormat.ATLAS).files().get(0).content()).isEqualTo(crlfWithBom);
        }

        @Test
        void emptyFolderHasNoFilesAndNoSum() {
            MigrationDirectory directory = single(temp, DirectoryFormat.ATLAS);

            assertThat(directory.files()).isEmpty();
            assertThat(directory.sumFile()).isEmpty();
            assertThat(sumText(directory)).isEqualTo("h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
        }

        @Test
        void namesWithSpacesAndNonAscii() {
            Folder.at(temp).file("20240101_with space.sql", "a").file("20240102_vilkårsvurdering.sql", "b");

            assertThat(names(single(temp, DirectoryFormat.ATLAS)))
                    .containsExactly("20240101_with space.sql", "20240102_vilkårsvurdering.sql");
        }
    }

    @Nested
    class GolangMigrateLayout {

        @Test
        void onlyUpFilesAreHashed() {
            Folder.at(temp).file("1_init.up.sql", WIDGETS).file("1_init.down.sql", "DROP TABLE widgets;\n");

            MigrationDirectory directory = single(temp, DirectoryFormat.GOLANG_MIGRATE);

            assertThat(sumText(directory)).isEqualTo("""
                    h1:kLQfGRFTT89eJ+AUaleT+/c077hkM+x6tfc4UypYjZs=
                    1_init.up.sql h1:Mkd1ScxYQTnH/OgnXF2f/CMiaucf3GrraUCxWMd25G8=
                    """);
        }
    }

    @Nested
    class FlywayLayout {

        @Test
        void undoFilesAreNotHashed() {
            Folder.at(temp).file("V1__init.sql", WIDGETS).file("U1__undo.sql", "DROP TABLE widgets;\n");

            assertThat(sumText(single(temp, DirectoryFormat.FLYWAY))).isEqualTo("""
                    h1:JgadXWUJDWcE3tTqFmxhkX7ZPxDzCIfqUKZ6rADoM3A=
                    V1__init.sql h1:Lcem1A1NyIMMjubsHiTK//OSyDNIY0ZIWtlHgWMHzB0=
                    """);
        }

        @Test
        void subFoldersAreWalkedAndNamedByRelativePath() {
            Folder.at(temp).file("V1__init.sql", WIDGETS)
                    .file("sub/V2__nested.sql", "CREATE TABLE nested (id INTEGER PRIMARY KEY);\n");

            assertThat(sumText(single(temp, DirectoryFormat.FLYWAY))).isEqualTo("""
                    h1:7ad3JauGs7aOZeyXi0cO10IbvTOqjvm2UTagEtkK6b8=
                    V1__init.sql h1:Lcem1A1NyIMMjubsHiTK//OSyDNIY0ZIWtlHgWMHzB0=
                    sub/V2__nested.sql h1:HvRyCNahtaW45X197re72+iFeMX4xKRoBtlDXvJUdKc=
                    """);
        }

        @Test
        void baselineDropsVersionsBelowIt() {
            Folder.at(temp).file("V1__one.sql", "CREATE TABLE one (id INTEGER PRIMARY KEY);\n")
                    .file("B2__base.sql", "CREATE TABLE base (id INTEGER PRIMARY KEY);\n");

            assertThat(sumText(single(temp, DirectoryFormat.FLYWAY))).isEqualTo("""
                    h1:cm1D4+YYSuu/LHpdWCjdLKKdE3XPZOLm6nwzZUCWpVw=
                    B2__base.sql h1:EEPUhPy0sXNnJdd6+9SiVVRSEF86Has+0A3k27MymL0=
                    """);
        }

        @Test
        void ordersBaselineThenVersionedNumericallyThenRepeatable() {
            Folder.at(temp).file("R__views.sql", "r").file("V10__ten.sql", "10").file("V9__nine.sql", "9")
                    .file("V1_2__one_two.sql", "1.2").file("V1.1__one_one.sql", "1.1").file("B1__base.sql", "b")
                    .file("V1__one.sql", "1").file("Vx__bad.sql", "x").file("README.sql", "no").file("v3__lower.sql", "no");

            // V1 is at the baseline and dropped; Vx stays because Atlas compares "1" < "x" as text, and sorts
            // first as version 0; README.sql starts with R, so Atlas takes it for a repeatable.
            assertThat(names(single(temp, DirectoryFormat.FLYWAY))).containsExactly(
                    "B1__base.sql", "Vx__bad.sql", "V1.1__one_one.sql", "V1_2__one_two.sql", "V9__nine.sql",
                    "V10__ten.sql", "README.sql", "R__views.sql");
        }

        @Test
        void nonNumericVersionsCountAsZeroLikeAtlas() {
            Folder.at(temp).file("V1__one.sql", "1").file("Vx__bad.sql", "x");

            assertThat(names(single(temp, DirectoryFormat.FLYWAY))).containsExactly("Vx__bad.sql", "V1__one.sql");
        }

        @Test
        void hiddenFoldersAreSkipped() {
            Folder.at(temp).file("V1__one.sql", "1").file(".old/V2__two.sql", "2").file("a/.b/V3__three.sql", "3")
                    .file("a/V4__four.sql", "4");

            assertThat(names(single(temp, DirectoryFormat.FLYWAY))).containsExactly("V1__one.sql", "a/V4__four.sql");
        }

        @Test
        void tiesKeepWalkOrderWhichEntersAFolderWhenItsNameComesUp() {
            Folder.at(temp).file("R__b.sql", "b").file("sub/R__a.sql", "a").file("a/R__c.sql", "c")
                    .file("a.b/R__d.sql", "d");

            assertThat(names(single(temp, DirectoryFormat.FLYWAY)))
                    .containsExactly("R__b.sql", "a/R__c.sql", "a.b/R__d.sql", "sub/R__a.sql");
        }

        @Test
        void atlasQuirkBaselineFoundLaterKeepsEarlierVersionedFilesBecauseItComparesPathsWithTheVersion() {
            Folder.at(temp).file("V1__one.sql", "1").file("sub/B2__base.sql", "b");

            assertThat(names(single(temp, DirectoryFormat.FLYWAY))).containsExactly("sub/B2__base.sql", "V1__one.sql");
        }

        @Test
        void atlasQuirkBaselineVersionsCompareAsText() {
            Folder.at(temp).file("B10__ten.sql", "10").file("B9__nine.sql", "9").file("V11__eleven.sql", "11");

            assertThat(names(single(temp, DirectoryFormat.FLYWAY))).containsExactly("B9__nine.sql");
        }
    }

    @Nested
    class FlywayScriptConfigFiles {

        @Test
        void aConfFileIsReadWithItsMigrationFileButNotHashed() {
            Folder.at(temp).file("V1__one.sql", WIDGETS).file("sub/V2__two.sql", "SELECT 2;\n")
                    .file("R__views.sql", "SELECT 3;\n");
            String withoutConf = sumText(single(temp, DirectoryFormat.FLYWAY));
            Folder.at(temp).file("V1__one.sql.conf", "executeInTransaction=false\n")
                    .file("sub/V2__two.sql.conf", "executeInTransaction=true\n")
                    .file("R__views.sql.conf", "# empty\n");

            MigrationDirectory directory = single(temp, DirectoryFormat.FLYWAY);

            assertThat(names(directory)).containsExactly("V1__one.sql", "sub/V2__two.sql", "R__views.sql");
            assertThat(directory.files()).extracting(file -> new String(file.scriptConfig().orElseThrow(),
                    StandardCharsets.UTF_8)).containsExactly("executeInTransaction=false\n",
                    "executeInTransaction=true\n", "# empty\n");
            assertThat(sumText(directory)).isEqualTo(withoutConf);
        }

        @Test
        void filesWithoutAConfFileHaveNone() {
            Folder.at(temp).file("V1__one.sql", WIDGETS).file("V2__two.sql", "SELECT 2;\n")
                    .file("V2__two.conf", "not next to a migration file's full name\n")
                    .file("V3__gone.sql.conf", "executeInTransaction=false\n").folder("V1__one.sql.conf");

            MigrationDirectory directory = single(temp, DirectoryFormat.FLYWAY);

            assertThat(names(directory)).containsExactly("V1__one.sql", "V2__two.sql");
            assertThat(directory.files()).allSatisfy(file -> assertThat(file.scriptConfig()).isEmpty());
        }

        @Test
        void otherLayoutsDoNotReadThem() {
            Folder.at(temp).file("1_one.sql", WIDGETS).file("1_one.sql.conf", "executeInTransaction=false\n");

            MigrationDirectory directory = single(temp, DirectoryFormat.ATLAS);

            assertThat(names(directory)).containsExactly("1_one.sql");
            assertThat(directory.files().get(0).scriptConfig()).isEmpty();
        }

        @Test
        void releaseFoldersReadTheirOwn() {
            Folder.at(temp).file("1.0.0/V1__one.sql", WIDGETS).file("1.0.0/V1__one.sql.conf", "executeInTransaction=false")
                    .file("1.1.0/V2__two.sql", "SELECT 2;\n");

            MigrationRoot root = DirectoryReader.read(DirectoryLocation.of(temp), DirectoryFormat.FLYWAY);

            assertThat(root.directories().get(0).files().get(0).scriptConfig()).isPresent();
            assertThat(root.directories().get(1).files().get(0).scriptConfig()).isEmpty();
        }
    }

    @Nested
    class ReleaseRoots {

        @Test
        void versionNamedFoldersWithoutTopLevelFilesAreReleasesInVersionOrder() {
            Folder.at(temp).file("README.md", "docs").file("10.0/1_a.sql", "a").file("9.0/2_b.sql", "b")
                    .file("v1.0.0/3_c.sql", "c").file("v1.0.0/atlas.sum", "h1:x").folder("shared");

            MigrationRoot root = DirectoryReader.read(DirectoryLocation.of(temp), DirectoryFormat.ATLAS);

            assertThat(root.releaseRoot()).isTrue();
            assertThat(root.directories()).extracting(MigrationDirectory::release)
                    .containsExactly("v1.0.0", "9.0", "10.0");
            MigrationDirectory first = root.directories().get(0);
            assertThat(first.display()).isEqualTo(temp + "/v1.0.0");
            assertThat(first.path()).contains(temp.resolve("v1.0.0"));
            assertThat(first.sumFile()).isPresent();
            assertThat(first.releaseVersion()).hasValueSatisfying(v -> assertThat(v.text()).isEqualTo("1.0.0"));
            assertThat(root.directories().get(2).files()).extracting(DirectoryFile::name).containsExactly("1_a.sql");
        }

        @Test
        void aTopLevelSqlFileOrSumMeansNoReleaseRoot() {
            Folder.at(temp).file("1.0.0/1_a.sql", "a").file("atlas.sum", "h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n");
            assertThat(DirectoryReader.read(DirectoryLocation.of(temp), DirectoryFormat.ATLAS).releaseRoot()).isFalse();

            Path other = temp.resolve("other");
            Folder.at(other).file("1.0.0/1_a.sql", "a").file("0_top.sql", "t");
            assertThat(DirectoryReader.read(DirectoryLocation.of(other), DirectoryFormat.ATLAS).releaseRoot()).isFalse();
        }

        @Test
        void flywayReleasesAreWalkedOneByOne() {
            Folder.at(temp).file("1.0/V1__a.sql", "a").file("1.0/sub/V2__b.sql", "b").file("1.1/V3__c.sql", "c");

            MigrationRoot root = DirectoryReader.read(DirectoryLocation.of(temp), DirectoryFormat.FLYWAY);

            assertThat(root.directories()).hasSize(2);
            assertThat(names(root.directories().get(0))).containsExactly("V1__a.sql", "sub/V2__b.sql");
        }

        @Test
        void flywayReleaseRootRejectsAFolderThatIsNotARelease() {
            Folder.at(temp).file("1.0/V1__a.sql", "a").file("common/V2__b.sql", "b");

            assertThatThrownBy(() -> DirectoryReader.read(DirectoryLocation.of(temp), DirectoryFormat.FLYWAY))
                    .isInstanceOf(MigrationsException.class)
                    .hasMessageContaining("is a release root (it holds release folders 1.0)")
                    .hasMessageContaining("'common'");
        }
    }

    @Test
    void missingFolderIsAClearError() {
        assertThatThrownBy(() -> DirectoryReader.read(DirectoryLocation.parse(temp + "/nope"), DirectoryFormat.ATLAS))
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining("migration directory " + temp + "/nope does not exist");
    }

    @Test
    void fileInsteadOfFolderIsAClearError() throws Exception {
        Path file = Files.writeString(temp.resolve("x.sql"), "x");

        assertThatThrownBy(() -> DirectoryReader.read(DirectoryLocation.of(file), DirectoryFormat.ATLAS))
                .isInstanceOf(MigrationsException.class)
                .hasMessageContaining("is not a folder");
    }
}
