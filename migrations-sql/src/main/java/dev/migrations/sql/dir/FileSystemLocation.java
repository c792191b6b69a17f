package dev.migrations.sql.dir;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A migration directory in the filesystem.
 *
 * @param directory the folder (relative paths resolve against the working directory)
 * @param display   how messages show it, normally the path as the user wrote it
 */
public record FileSystemLocation(Path directory, String display) implements DirectoryLocation {

    public FileSystemLocation {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(display, "display");
    }

    @Override
    public Optional<Path> path() {
        return Optional.of(directory);
    }

    @Override
    public String toString() {
        return display;
    }
}
