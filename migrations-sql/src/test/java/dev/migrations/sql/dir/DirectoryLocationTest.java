package dev.migrations.sql.dir;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DirectoryLocationTest {

    @Test
    void plainPath() {
        DirectoryLocation location = DirectoryLocation.parse("db/migrations");

        assertThat(location.display()).isEqualTo("db/migrations");
        assertThat(location.path()).contains(Path.of("db/migrations"));
    }

    @Test
    void atlasStyleFileUrlIsRelativeWithTwoSlashesAndAbsoluteWithThree() {
        assertThat(DirectoryLocation.parse("file://migrations").path()).contains(Path.of("migrations"));
        assertThat(DirectoryLocation.parse("file://db/migrations").display()).isEqualTo("db/migrations");
        assertThat(DirectoryLocation.parse("file:///srv/db").path()).contains(Path.of("/srv/db"));
    }

    @Test
    void shortFileScheme() {
        assertThat(DirectoryLocation.parse("file:db/migrations").path()).contains(Path.of("db/migrations"));
    }

    @Test
    void classpathFolderWithSlashesTrimmed() {
        ClassLoader loader = getClass().getClassLoader();
        DirectoryLocation location = DirectoryLocation.parse("classpath:/db/migrations/", loader);

        assertThat(location).isEqualTo(new ClasspathLocation("db/migrations", loader));
        assertThat(location.display()).isEqualTo("classpath:db/migrations");
        assertThat(location.path()).isEmpty();
    }

    @Test
    void classpathUsesTheContextClassLoaderByDefault() {
        DirectoryLocation location = DirectoryLocation.parse("classpath:db");

        assertThat(((ClasspathLocation) location).loader()).isSameAs(Thread.currentThread().getContextClassLoader());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "file://", "file:", "classpath:", "classpath:/"})
    void rejectsEmptyLocations(String spec) {
        assertThatThrownBy(() -> DirectoryLocation.parse(spec)).isInstanceOfSatisfying(MigrationsException.class,
                e -> assertThat(e.kind()).isEqualTo(ErrorKind.INVALID_CONFIGURATION));
    }

    @Test
    void ofPathShowsThePath() {
        assertThat(DirectoryLocation.of(Path.of("a", "b")).display()).isEqualTo("a/b");
    }
}
