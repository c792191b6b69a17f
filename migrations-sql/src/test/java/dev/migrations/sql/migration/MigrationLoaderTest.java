package dev.migrations.sql.migration;

import dev.migrations.error.InvalidMigrationsException;
import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.dir.DirectoryLocation;
import dev.migrations.sql.dir.DirectoryReader;
import dev.migrations.sql.dir.MigrationDirectory;
import dev.migrations.sql.internal.layout.MigrationScript;
import dev.migrations.sql.internal.layout.MigrationScripts;
import dev.migrations.error.SumFileException;
import dev.migrations.error.SumMismatchException;
import dev.migrations.sql.testing.Folder;
import dev.migrations.sql.testing.TestJar;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationLoaderTest {

    @TempDir
    Path temp;

    /** Writes atlas.sum for every directory of the folder, as 'migrations migrate hash' would. */
    static Folder hash(Folder folder, DirectoryFormat format) {
        DirectoryReader.read(DirectoryLocation.of(folder.path()), format).directories()
                .forEach(MigrationDirectory::writeSum);
        return folder;
    }

    LoadedDirectory load(DirectoryFormat format) {
        return MigrationLoader.load(DirectoryLocation.of(temp), format);
    }

    InvalidMigrationsException invalid(DirectoryFormat format) {
        return (InvalidMigrationsException) org.assertj.core.api.Assertions.catchThrowable(() -> load(format));
    }

    @Nested
    class Plans {

        @Test
        void atlasDirectory() {
            hash(Folder.at(temp)
                    .file("20240101000000_create_users.sql", "CREATE TABLE users (id int);\n")
                    .file("20240102000000_add_index.sql", "-- atlas:txmode none\n\nCREATE INDEX CONCURRENTLY i ON users (id);\n")
                    .file("20240103000000.sql", "-- atlas:sum ignore\nSELECT 1;\n"), DirectoryFormat.ATLAS);

            LoadedDirectory plan = load(DirectoryFormat.ATLAS);

            assertThat(plan.migrations()).extracting(Migration::versionText)
                    .containsExactly("20240101000000", "20240102000000", "20240103000000");
            Migration first = plan.migrations().get(0);
            assertThat(first.description()).isEqualTo("create_users");
            assertThat(first.kind()).isEqualTo(MigrationKind.VERSIONED);
            assertThat(first.release()).isEmpty();
            assertThat(first.path()).isEqualTo("20240101000000_create_users.sql");
            assertThat(first.hash()).isEqualTo(plan.root().directories().get(0).computeSum()
                    .hashOf("20240101000000_create_users.sql").orElseThrow());
            assertThat(plan.migrations().get(1).directives().txMode()).contains(TxMode.NONE);
            Migration ignored = plan.migrations().get(2);
            assertThat(ignored.hash()).isEmpty();
            assertThat(ignored.description()).isEmpty();
            assertThat(ignored.directives().sumIgnore()).isTrue();
        }

        @Test
        void flywayDirectoryInApplyOrder() {
            hash(Folder.at(temp)
                    .file("R__views.sql", "CREATE VIEW v AS SELECT 1;\n")
                    .file("a/R__functions.sql", "SELECT 2;\n")
                    .file("V1_2__add_users.sql", "CREATE TABLE users (id int);\n")
                    .file("sub/V10__later.sql", "SELECT 10;\n")
                    .file("V9__earlier.sql", "SELECT 9;\n")
                    .file("B1__base.sql", "CREATE TABLE base (id int);\n")
                    .file("V103__behandling_resultat_til_vilkårsvurdering.sql", "SELECT 'å';\n"), DirectoryFormat.FLYWAY);

            LoadedDirectory plan = load(DirectoryFormat.FLYWAY);

            assertThat(plan.migrations()).extracting(Migration::path).containsExactly(
                    "B1__base.sql", "V1_2__add_users.sql", "V9__earlier.sql", "sub/V10__later.sql",
                    "V103__behandling_resultat_til_vilkårsvurdering.sql", "a/R__functions.sql", "R__views.sql");
            Migration usersMigration = plan.migrations().get(1);
            assertThat(usersMigration.versionText()).isEqualTo("1_2");
            assertThat(usersMigration.version().text()).isEqualTo("1.2");
            assertThat(usersMigration.description()).isEqualTo("add_users");
            assertThat(plan.migrations().get(0).kind()).isEqualTo(MigrationKind.BASELINE);
            Migration views = plan.migrations().get(6);
            assertThat(views.kind()).isEqualTo(MigrationKind.REPEATABLE);
            assertThat(views.version()).isNull();
            assertThat(views.versionText()).isEmpty();
            assertThat(views.description()).isEqualTo("views");
            assertThat(plan.migrations().get(4).sql()).isEqualTo("SELECT 'å';\n");
        }

        @Test
        void golangMigrateDirectory() {
            hash(Folder.at(temp).file("1_init.up.sql", "CREATE TABLE t (id int);\n").file("1_init.down.sql", "DROP TABLE t;\n")
                    .file("2.up.sql", "SELECT 2;\n"), DirectoryFormat.GOLANG_MIGRATE);

            LoadedDirectory plan = load(DirectoryFormat.GOLANG_MIGRATE);

            assertThat(plan.migrations()).extracting(Migration::name).containsExactly("1_init.up.sql", "2.up.sql");
            assertThat(plan.migrations()).extracting(Migration::description).containsExactly("init", "");
            assertThat(plan.migrations()).extracting(Migration::versionText).containsExactly("1", "2");
        }

        @Test
        void releaseRoot() {
            hash(Folder.at(temp).file("1.0.0/001_a.sql", "A").file("1.0.0/002_b.sql", "B")
                    .file("v1.1.0/003_c.sql", "C").file("README.md", "releases"), DirectoryFormat.ATLAS);

            LoadedDirectory plan = load(DirectoryFormat.ATLAS);

            assertThat(plan.root().releaseRoot()).isTrue();
            assertThat(plan.migrations()).extracting(Migration::path)
                    .containsExactly("1.0.0/001_a.sql", "1.0.0/002_b.sql", "v1.1.0/003_c.sql");
            assertThat(plan.migrations().get(2).release()).isEqualTo("v1.1.0");
            assertThat(plan.migrations().get(2).name()).isEqualTo("003_c.sql");
        }

        @Test
        void fromAJarOnTheClassPath() throws Exception {
            Path source = temp.resolve("src/main/resources/db/migrations");
            hash(Folder.at(source).file("20240101000000_a.sql", "CREATE TABLE a (id int);\n")
                    .file("20240102000000_b.sql", "-- atlas:txmode none\n\nCREATE INDEX CONCURRENTLY i ON a (id);\n"),
                    DirectoryFormat.ATLAS);
            Map<String, String> entries = new LinkedHashMap<>();
            for (String name : List.of("20240101000000_a.sql", "20240102000000_b.sql", "atlas.sum")) {
                entries.put("db/migrations/" + name, Files.readString(source.resolve(name)));
            }
            Path jar = TestJar.write(temp.resolve("app.jar"), entries, false);

            try (URLClassLoader loader = TestJar.loaderOf(jar)) {
                LoadedDirectory plan = MigrationLoader.load(DirectoryLocation.parse("classpath:db/migrations", loader),
                        DirectoryFormat.ATLAS);

                assertThat(plan.migrations()).extracting(Migration::name)
                        .containsExactly("20240101000000_a.sql", "20240102000000_b.sql");
                assertThat(plan.migrations().get(1).directives().txMode()).contains(TxMode.NONE);
            }
        }

        @Test
        void jarWhoseFilesChangedSinceHashingNamesTheSourceFolderToRehash() throws Exception {
            Path jar = TestJar.write(temp.resolve("app.jar"), Map.of(
                    "db/migrations/1_a.sql", "A",
                    "db/migrations/atlas.sum", "h1:47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=\n"), true);

            try (URLClassLoader loader = TestJar.loaderOf(jar)) {
                assertThatThrownBy(() -> MigrationLoader.load(DirectoryLocation.parse("classpath:db/migrations", loader),
                        DirectoryFormat.ATLAS))
                        .isInstanceOf(SumMismatchException.class)
                        .hasMessage("classpath:db/migrations: the migration files do not match atlas.sum: L2: 1_a.sql was"
                                + " added. If the change was intended, rewrite atlas.sum with"
                                + " MigrationDirectory.writeSum() (the hash command); otherwise remove 1_a.sql.");
            }
        }

        @Test
        void emptyDirectoryIsAnEmptyPlan() {
            assertThat(load(DirectoryFormat.ATLAS).migrations()).isEmpty();
        }

        @Test
        void sqlDropsAByteOrderMarkAndChecksumIsASliceOfSha256() throws Exception {
            hash(Folder.at(temp).file("1_a.sql", "\uFEFFSELECT 1;\r\n"), DirectoryFormat.ATLAS);

            Migration migration = load(DirectoryFormat.ATLAS).migrations().get(0);

            assertThat(migration.sql()).isEqualTo("SELECT 1;\r\n");
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest("\uFEFFSELECT 1;\r\n".getBytes(StandardCharsets.UTF_8));
            assertThat(migration.checksum32()).isEqualTo(ByteBuffer.wrap(digest).getInt());
        }
    }

    @Nested
    class IntegrityComesFirst {

        @Test
        void missingSum() {
            Folder.at(temp).file("1_a.sql", "A");

            assertThatThrownBy(() -> load(DirectoryFormat.ATLAS)).isInstanceOf(SumFileException.class);
        }

        @Test
        void editedFileEvenWhenRulesAreAlsoBroken() {
            hash(Folder.at(temp).file("1_a.sql", "A").file("x_bad.sql", "B"), DirectoryFormat.ATLAS).file("1_a.sql", "A2");

            assertThatThrownBy(() -> load(DirectoryFormat.ATLAS)).isInstanceOf(SumMismatchException.class);
        }

        @Test
        void everyReleaseFolderIsVerified() {
            hash(Folder.at(temp).file("1.0/1_a.sql", "A").file("2.0/2_b.sql", "B"), DirectoryFormat.ATLAS)
                    .file("2.0/3_c.sql", "C");

            assertThatThrownBy(() -> load(DirectoryFormat.ATLAS))
                    .isInstanceOfSatisfying(SumMismatchException.class,
                            e -> assertThat(e.directory()).isEqualTo(temp + "/2.0"))
                    .hasMessageContaining("L3: 3_c.sql was added")
                    .hasMessageStartingWith(temp + "/2.0: ")
                    .hasMessageContaining("rewrite atlas.sum with MigrationDirectory.writeSum() (the hash command)");
        }
    }

    @Nested
    class Rules {

        @Test
        void nonNumericVersion() {
            hash(Folder.at(temp).file("1.a_sub.sql", "A"), DirectoryFormat.ATLAS);

            assertThatThrownBy(() -> load(DirectoryFormat.ATLAS))
                    .isInstanceOf(InvalidMigrationsException.class)
                    .hasMessage(temp + "/1.a_sub.sql: version '1.a' is not numeric (digits separated by dots); rename the"
                            + " file to <version>_<description>.sql, e.g. 20240101120000_add_users.sql (the new"
                            + " command names files so). Then rewrite atlas.sum with MigrationDirectory.writeSum() (the"
                            + " hash command).");
        }

        @Test
        void nonNumericFlywayAndGolangVersions() {
            hash(Folder.at(temp).file("Vx__bad.sql", "A"), DirectoryFormat.FLYWAY);
            assertThatThrownBy(() -> load(DirectoryFormat.FLYWAY))
                    .hasMessageContaining("version 'x' is not numeric")
                    .hasMessageContaining("V<version>__<description>.sql")
                    .hasMessageEndingWith("Then rewrite atlas.sum with MigrationDirectory.writeSum() (the hash command).");

            Path golang = temp.resolve("golang");
            hash(Folder.at(golang).file("init.up.sql", "A"), DirectoryFormat.GOLANG_MIGRATE);
            assertThatThrownBy(() -> MigrationLoader.load(DirectoryLocation.of(golang), DirectoryFormat.GOLANG_MIGRATE))
                    .hasMessageContaining("version 'init' is not numeric");
        }

        @Test
        void duplicateVersionsNameBothFiles() {
            hash(Folder.at(temp).file("1_a.sql", "A").file("1.0_b.sql", "B").file("2_c.sql", "C"), DirectoryFormat.ATLAS);

            assertThatThrownBy(() -> load(DirectoryFormat.ATLAS))
                    .isInstanceOf(InvalidMigrationsException.class)
                    .hasMessage(temp + ": 1.0_b.sql and 1_a.sql have the same version 1.0 = 1; every migration needs its"
                            + " own version. Rename all but one (e.g. after the current UTC time, as the new"
                            + " command names files), then rewrite atlas.sum with MigrationDirectory.writeSum() (the hash"
                            + " command).");
        }

        @Test
        void nameOrderDisagreeingWithVersionOrderNamesBothAndSuggestsZeroPadding() {
            hash(Folder.at(temp).file("9_a.sql", "A").file("10_b.sql", "B"), DirectoryFormat.ATLAS);

            assertThatThrownBy(() -> load(DirectoryFormat.ATLAS))
                    .isInstanceOf(InvalidMigrationsException.class)
                    .hasMessage(temp + ": 10_b.sql (version 10) comes before 9_a.sql (version 9) in the order Atlas"
                            + " applies files (by name), but has the higher version. Zero-pad the versions so that name"
                            + " order is version order (e.g. 09_a.sql and 10_b.sql) or use timestamps (as the new"
                            + " command names files), then rewrite atlas.sum with MigrationDirectory.writeSum() (the hash"
                            + " command).");
        }

        @Test
        void dottedVersionsOutOfNameOrder() {
            hash(Folder.at(temp).file("1.10_a.sql", "A").file("1.9_b.sql", "B"), DirectoryFormat.ATLAS);

            assertThatThrownBy(() -> load(DirectoryFormat.ATLAS))
                    .hasMessageContaining("1.10_a.sql (version 1.10) comes before 1.9_b.sql (version 1.9)")
                    .hasMessageContaining("Rename the files so that name order and version order agree");
        }

        @Test
        void versionsMustIncreaseAcrossReleaseFolders() {
            hash(Folder.at(temp).file("1.0.0/001_a.sql", "A").file("1.0.0/005_b.sql", "B")
                    .file("1.1.0/003_c.sql", "C").file("1.1.0/006_d.sql", "D"), DirectoryFormat.ATLAS);

            assertThatThrownBy(() -> load(DirectoryFormat.ATLAS))
                    .isInstanceOf(InvalidMigrationsException.class)
                    .hasMessage(temp + ": release 1.1.0 has 1.1.0/003_c.sql (version 003), which is not above"
                            + " 1.0.0/005_b.sql (version 005) of an earlier release; versions must increase from one"
                            + " release folder to the next. Renumber 1.1.0/003_c.sql above 005 (timestamps avoid this),"
                            + " then rewrite atlas.sum with MigrationDirectory.writeSum() (the hash command).");
        }

        @Test
        void duplicateAcrossReleaseFolders() {
            hash(Folder.at(temp).file("1.0.0/001_a.sql", "A").file("1.1.0/1_b.sql", "B"), DirectoryFormat.ATLAS);

            InvalidMigrationsException e = invalid(DirectoryFormat.ATLAS);

            assertThat(e.problems()).anySatisfy(problem -> assertThat(problem)
                    .contains("1.0.0/001_a.sql and 1.1.0/1_b.sql have the same version"));
        }

        @Test
        void releaseFoldersWithTheSameVersion() {
            hash(Folder.at(temp).file("1.0/001_a.sql", "A").file("v1.0/002_b.sql", "B"), DirectoryFormat.ATLAS);

            assertThat(invalid(DirectoryFormat.ATLAS).problems())
                    .contains(temp + ": release folders 1.0 and v1.0 have the same version; rename one of them.");
        }

        @Test
        void invalidUtf8NamesFileAndLine() {
            byte[] latin1 = "-- comment\nINSERT INTO t VALUES ('caf\u00e9');\n".getBytes(StandardCharsets.ISO_8859_1);
            hash(Folder.at(temp).file("1_a.sql", latin1), DirectoryFormat.ATLAS);

            assertThatThrownBy(() -> load(DirectoryFormat.ATLAS))
                    .isInstanceOf(InvalidMigrationsException.class)
                    .hasMessage(temp + "/1_a.sql line 2: not valid UTF-8 (byte 0xE9 at column 27); save the file as"
                            + " UTF-8. Then rewrite atlas.sum with MigrationDirectory.writeSum() (the hash command).");
        }

        @Test
        void truncatedUtf8AtTheEnd() {
            hash(Folder.at(temp).file("1_a.sql", new byte[]{'a', '\n', 'b', (byte) 0xC3}), DirectoryFormat.ATLAS);

            assertThatThrownBy(() -> load(DirectoryFormat.ATLAS))
                    .hasMessageContaining("1_a.sql line 2: not valid UTF-8 (byte 0xC3 at column 2)");
        }

        @Test
        void directiveErrors() {
            hash(Folder.at(temp).file("1_a.sql", "-- atlas:txmode maybe\n\nSELECT 1;\n"), DirectoryFormat.ATLAS);

            assertThatThrownBy(() -> load(DirectoryFormat.ATLAS))
                    .isInstanceOf(InvalidMigrationsException.class)
                    .hasMessageStartingWith(temp + "/1_a.sql line 1: unknown atlas:txmode 'maybe'")
                    .hasMessageEndingWith("Then rewrite atlas.sum with MigrationDirectory.writeSum() (the hash command).");
        }

        @Test
        void unknownDirective() {
            hash(Folder.at(temp).file("1_a.sql", "-- atlas:foo\n\nSELECT 1;\n"), DirectoryFormat.ATLAS);

            assertThatThrownBy(() -> load(DirectoryFormat.ATLAS))
                    .hasMessageStartingWith("unknown directive atlas:foo in file " + temp + "/1_a.sql line 1;");
        }

        @Test
        void flywayVersionedFileAtOrBelowTheBaselineThatAtlasStillHashes() {
            hash(Folder.at(temp).file("V1__one.sql", "A").file("sub/B2__base.sql", "B"), DirectoryFormat.FLYWAY);

            assertThatThrownBy(() -> load(DirectoryFormat.FLYWAY))
                    .isInstanceOf(InvalidMigrationsException.class)
                    .hasMessageContaining("V1__one.sql (version 1) is at or below the baseline sub/B2__base.sql (version 2)");
        }

        @Test
        void flywayBaselineOnlyInTheFirstRelease() {
            hash(Folder.at(temp).file("1.0/V1__one.sql", "A").file("2.0/B5__base.sql", "B"), DirectoryFormat.FLYWAY);

            assertThat(invalid(DirectoryFormat.FLYWAY).problems()).anySatisfy(problem -> assertThat(problem)
                    .contains("2.0/B5__base.sql: a baseline file is only allowed in the first release folder (1.0)"));
        }

        @Test
        void everyProblemIsListedAtOnce() {
            hash(Folder.at(temp).file("a_x.sql", "A").file("b_y.sql", "B").file("3_z.sql", "-- atlas:bogus\n\nC"),
                    DirectoryFormat.ATLAS);

            InvalidMigrationsException e = invalid(DirectoryFormat.ATLAS);

            assertThat(e.problems()).hasSize(3);
            assertThat(e.getMessage()).startsWith(temp + ": 3 problems with the migration files:\n  1. ")
                    .contains("\n  2. ").contains("\n  3. ");
        }
    }

    @Nested
    class FlywayRepeatablesAndScriptConfigs {

        @Test
        void repeatableFilesAreKnownByDescription() {
            hash(Folder.at(temp).file("V1__init.sql", "CREATE TABLE t (id int);\n")
                    .file("sub/R__views.sql", "CREATE OR REPLACE VIEW v AS SELECT 1;\n")
                    .file("R__functions.sql", "SELECT 1;\n"), DirectoryFormat.FLYWAY);

            List<Migration> migrations = load(DirectoryFormat.FLYWAY).migrations();

            assertThat(migrations).extracting(Migration::revisionKey)
                    .containsExactly("1", "R__functions", "R__views");
            assertThat(migrations).extracting(Migration::label).containsExactly("V1__init.sql (version 1)",
                    "R__functions.sql (repeatable)", "sub/R__views.sql (repeatable)");
            assertThat(Migration.isRepeatableKey("R__views")).isTrue();
            assertThat(Migration.isRepeatableKey("1")).isFalse();
        }

        @Test
        void twoRepeatableFilesWithOneDescriptionAreRefused() {
            hash(Folder.at(temp).file("a/R__views.sql", "SELECT 1;\n").file("b/R__views.sql", "SELECT 2;\n"),
                    DirectoryFormat.FLYWAY);

            assertThat(invalid(DirectoryFormat.FLYWAY).problems()).singleElement().asString()
                    .contains("a/R__views.sql and b/R__views.sql are repeatable migrations with the same description"
                            + " 'views'");
        }

        @Test
        void aFileStartingWithRThatIsNoRepeatableMigrationIsRefused() {
            hash(Folder.at(temp).file("V1__init.sql", "SELECT 1;\n").file("README.sql", "-- notes\n"),
                    DirectoryFormat.FLYWAY);

            assertThat(invalid(DirectoryFormat.FLYWAY).problems()).singleElement().asString()
                    .startsWith(temp + "/README.sql: not a Flyway migration name: Flyway ignores it, while Atlas"
                            + " hashes it");
        }

        @Test
        void aScriptConfigFalseRunsTheFileWithoutATransaction() {
            hash(Folder.at(temp).file("V3__x.sql", "CREATE TABLE t (id int);\nINSERT INTO t VALUES (1);\n")
                    .file("V3__x.sql.conf", "executeInTransaction=false\n"), DirectoryFormat.FLYWAY);

            Migration migration = load(DirectoryFormat.FLYWAY).migrations().get(0);
            MigrationScript script = MigrationScripts.read(migration, Map.of());

            assertThat(migration.scriptConfig()).map(FlywayScriptConfig::file).contains("V3__x.sql.conf");
            assertThat(script.txMode()).contains(TxMode.NONE);
            assertThat(script.txModeSource()).isEqualTo("V3__x.sql.conf executeInTransaction=false");
            assertThat(script.statements()).hasSize(2);
        }

        @Test
        void aScriptConfigTrueOverridesTheDetection() {
            hash(Folder.at(temp).file("sub/V3__x.sql", "CREATE INDEX CONCURRENTLY i ON t (id);\n")
                    .file("sub/V3__x.sql.conf", "executeInTransaction=true\n"), DirectoryFormat.FLYWAY);

            MigrationScript script = MigrationScripts.read(load(DirectoryFormat.FLYWAY).migrations().get(0), Map.of());

            assertThat(script.txMode()).contains(TxMode.FILE);
            assertThat(script.txModeSource()).isEqualTo("sub/V3__x.sql.conf executeInTransaction=true");
        }

        @Test
        void withoutAScriptConfigFlywaysDetectionDecides() {
            hash(Folder.at(temp).file("V1__plain.sql", "CREATE TABLE t (id int);\n")
                    .file("V2__index.sql", "CREATE INDEX CONCURRENTLY i ON t (id);\n")
                    .file("V3__mixed.sql", "CREATE TABLE u (id int);\n\nVACUUM t;\n")
                    .file("V4__conf_without_setting.sql", "VACUUM t;\n")
                    .file("V4__conf_without_setting.sql.conf", "encoding=UTF-8\n"), DirectoryFormat.FLYWAY);

            List<MigrationScript> scripts = load(DirectoryFormat.FLYWAY).migrations().stream()
                    .map(migration -> MigrationScripts.read(migration, Map.of())).toList();

            assertThat(scripts.get(0).txMode()).isEmpty();
            assertThat(scripts.get(1).txMode()).contains(TxMode.NONE);
            assertThat(scripts.get(1).txModeSource()).isEqualTo("Flyway's detection of CREATE INDEX CONCURRENTLY"
                    + " (line 1)");
            assertThat(scripts.get(2).txMode()).contains(TxMode.NONE);
            assertThat(scripts.get(2).txModeSource()).isEqualTo("Flyway's detection of VACUUM (line 3)");
            assertThat(scripts.get(3).txModeSource()).startsWith("Flyway's detection of VACUUM");
        }

        @Test
        void aBrokenScriptConfigIsAProblemNamingFileKeyAndLine() {
            hash(Folder.at(temp).file("V1__a.sql", "SELECT 1;\n").file("V1__a.sql.conf", "# ok\nfoo=bar\n")
                    .file("V2__b.sql", "SELECT 2;\n").file("V2__b.sql.conf", new byte[] {'a', '=', (byte) 0xFF}),
                    DirectoryFormat.FLYWAY);

            InvalidMigrationsException e = invalid(DirectoryFormat.FLYWAY);

            assertThat(e.problems()).containsExactly(
                    temp + "/V1__a.sql.conf line 2: unknown key 'foo' in a Flyway script configuration file; the keys"
                            + " are executeInTransaction, encoding, placeholderReplacement and shouldExecute, of which"
                            + " this runner implements executeInTransaction (and accepts encoding=UTF-8 and"
                            + " placeholderReplacement=false). Fix or remove the line.",
                    temp + "/V2__b.sql.conf line 1: not valid UTF-8; save the file as UTF-8.");
        }

        @Test
        void aDirectiveAndAScriptConfigThatDisagreeAreRefused() {
            hash(Folder.at(temp).file("V1__a.sql", "-- atlas:txmode file\n\nSELECT 1;\n")
                    .file("V1__a.sql.conf", "executeInTransaction=false\n"), DirectoryFormat.FLYWAY);

            assertThat(invalid(DirectoryFormat.FLYWAY).problems()).containsExactly(temp + "/V1__a.sql says"
                    + " '-- atlas:txmode file' but V1__a.sql.conf executeInTransaction=false asks for the opposite;"
                    + " make them agree (or keep only one).");
        }

        @Test
        void editingAScriptConfigDoesNotTouchTheSum() {
            hash(Folder.at(temp).file("V1__a.sql", "SELECT 1;\n"), DirectoryFormat.FLYWAY);
            Folder.at(temp).file("V1__a.sql.conf", "executeInTransaction=false\n");

            assertThat(load(DirectoryFormat.FLYWAY).migrations().get(0).scriptConfig()).isPresent();
        }
    }
}
