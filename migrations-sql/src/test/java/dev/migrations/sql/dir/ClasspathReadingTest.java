package dev.migrations.sql.dir;

import dev.migrations.error.MigrationsException;
import dev.migrations.sql.testing.Folder;
import dev.migrations.sql.testing.TestJar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClasspathReadingTest {

    @TempDir
    Path temp;

    Path jar(String name, Map<String, String> files, boolean directoryEntries) throws IOException {
        return TestJar.write(temp.resolve(name), files, directoryEntries);
    }

    static URLClassLoader loaderOf(Path... entries) throws IOException {
        return TestJar.loaderOf(entries);
    }

    /** Hashes a filesystem copy of the same files, to compare with what the classpath reading gives. */
    byte[] sumOfFolderWith(Map<String, String> files, String folder, DirectoryFormat format) {
        Path copy = temp.resolve("copy-" + System.nanoTime());
        files.forEach((name, content) -> Folder.at(copy).file(name, content));
        MigrationRoot root = DirectoryReader.read(DirectoryLocation.of(copy.resolve(folder)), format);
        return root.directories().get(0).computeSum().toBytes();
    }

    static Map<String, String> atlasFiles() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("db/migrations/20240101000000_init.sql", "CREATE TABLE a (id int);\n");
        files.put("db/migrations/20240102000000_vilkårsvurdering.sql", "CREATE TABLE b (id int);\n");
        files.put("db/migrations/sub/ignored.sql", "not top level");
        files.put("db/other/1.sql", "elsewhere");
        return files;
    }

    @Test
    void explodedFolder() throws IOException {
        Path classes = temp.resolve("classes");
        atlasFiles().forEach((name, content) -> Folder.at(classes).file(name, content));

        try (URLClassLoader loader = loaderOf(classes)) {
            MigrationRoot root = DirectoryReader.read(DirectoryLocation.parse("classpath:db/migrations", loader),
                    DirectoryFormat.ATLAS);

            MigrationDirectory directory = root.directories().get(0);
            assertThat(directory.display()).isEqualTo("classpath:db/migrations");
            assertThat(directory.path()).isEmpty();
            assertThat(directory.files()).extracting(DirectoryFile::name)
                    .containsExactly("20240101000000_init.sql", "20240102000000_vilkårsvurdering.sql");
            assertThat(directory.computeSum().toBytes())
                    .isEqualTo(sumOfFolderWith(atlasFiles(), "db/migrations", DirectoryFormat.ATLAS));
        }
    }

    @Test
    void insideAJarWithDirectoryEntries() throws IOException {
        Path jar = jar("app.jar", atlasFiles(), true);

        try (URLClassLoader loader = loaderOf(jar)) {
            MigrationDirectory directory = DirectoryReader.read(
                    DirectoryLocation.parse("classpath:db/migrations", loader), DirectoryFormat.ATLAS).directories().get(0);

            assertThat(directory.files()).extracting(DirectoryFile::name)
                    .containsExactly("20240101000000_init.sql", "20240102000000_vilkårsvurdering.sql");
            assertThat(directory.files().get(0).content()).asString().isEqualTo("CREATE TABLE a (id int);\n");
            assertThat(directory.computeSum().toBytes())
                    .isEqualTo(sumOfFolderWith(atlasFiles(), "db/migrations", DirectoryFormat.ATLAS));
        }
    }

    @Test
    void insideAJarWithoutDirectoryEntriesFoundThroughItsSumFile() throws IOException {
        Map<String, String> files = atlasFiles();
        files.put("db/migrations/atlas.sum", "h1:whatever\n");
        Path jar = jar("bare.jar", files, false);

        try (URLClassLoader loader = loaderOf(jar)) {
            MigrationDirectory directory = DirectoryReader.read(
                    DirectoryLocation.parse("classpath:db/migrations", loader), DirectoryFormat.ATLAS).directories().get(0);

            assertThat(directory.files()).hasSize(2);
            assertThat(directory.sumFile()).hasValueSatisfying(sum -> assertThat(sum).asString().isEqualTo("h1:whatever\n"));
        }
    }

    @Test
    void flywayLayoutAndReleaseRootInsideAJar() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("db/migration/1.0.0/V1__init.sql", "CREATE TABLE widgets (id INTEGER PRIMARY KEY);\n");
        files.put("db/migration/1.0.0/sub/V2__nested.sql", "CREATE TABLE nested (id INTEGER PRIMARY KEY);\n");
        files.put("db/migration/1.0.0/.hidden/V9__no.sql", "no");
        files.put("db/migration/1.1.0/V3__more.sql", "CREATE TABLE more (id int);\n");
        files.put("db/migration/README.md", "releases");
        Path jar = jar("flyway.jar", files, true);

        try (URLClassLoader loader = loaderOf(jar)) {
            MigrationRoot root = DirectoryReader.read(DirectoryLocation.parse("classpath:db/migration", loader),
                    DirectoryFormat.FLYWAY);

            assertThat(root.releaseRoot()).isTrue();
            assertThat(root.directories()).extracting(MigrationDirectory::display)
                    .containsExactly("classpath:db/migration/1.0.0", "classpath:db/migration/1.1.0");
            assertThat(root.directories().get(0).computeSum().toBytes()).asString().isEqualTo("""
                    h1:7ad3JauGs7aOZeyXi0cO10IbvTOqjvm2UTagEtkK6b8=
                    V1__init.sql h1:Lcem1A1NyIMMjubsHiTK//OSyDNIY0ZIWtlHgWMHzB0=
                    sub/V2__nested.sql h1:HvRyCNahtaW45X197re72+iFeMX4xKRoBtlDXvJUdKc=
                    """);
        }
    }

    @Test
    void notOnTheClasspath() throws IOException {
        try (URLClassLoader loader = loaderOf(jar("empty.jar", Map.of("x.txt", "x"), true))) {
            assertThatThrownBy(() -> DirectoryReader.read(DirectoryLocation.parse("classpath:db/migrations", loader),
                    DirectoryFormat.ATLAS))
                    .isInstanceOf(MigrationsException.class)
                    .hasMessageContaining("classpath:db/migrations was not found on the class path")
                    .hasMessageContaining("src/main/resources/db/migrations");
        }
    }

    @Test
    void inTwoPlacesIsAmbiguous() throws IOException {
        Path first = jar("one.jar", atlasFiles(), true);
        Path second = temp.resolve("classes");
        atlasFiles().forEach((name, content) -> Folder.at(second).file(name, content));

        try (URLClassLoader loader = loaderOf(first, second)) {
            assertThatThrownBy(() -> DirectoryReader.read(DirectoryLocation.parse("classpath:db/migrations", loader),
                    DirectoryFormat.ATLAS))
                    .isInstanceOf(MigrationsException.class)
                    .hasMessageContaining("exists in 2 places on the class path");
        }
    }

    @Test
    void aFileIsNotAFolder() throws IOException {
        Path classes = temp.resolve("classes");
        Folder.at(classes).file("db/migrations", "a file");

        try (URLClassLoader loader = loaderOf(classes)) {
            assertThatThrownBy(() -> DirectoryReader.read(DirectoryLocation.parse("classpath:db/migrations", loader),
                    DirectoryFormat.ATLAS))
                    .isInstanceOf(MigrationsException.class)
                    .hasMessageContaining("is a file");
        }
    }
}
