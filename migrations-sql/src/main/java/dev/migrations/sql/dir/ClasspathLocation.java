package dev.migrations.sql.dir;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * A migration directory on the classpath: an exploded folder or a folder inside a jar.
 *
 * @param resource the folder's resource path, without leading or trailing '/', e.g. {@code db/migrations}
 * @param loader   the class loader that finds it
 */
public record ClasspathLocation(String resource, ClassLoader loader) implements DirectoryLocation {

    public ClasspathLocation {
        Objects.requireNonNull(resource, "resource");
        Objects.requireNonNull(loader, "loader");
        resource = trimSlashes(resource);
        if (resource.isEmpty()) {
            throw new MigrationsException(ErrorKind.INVALID_CONFIGURATION, "classpath location has no folder; write e.g. classpath:db/migrations");
        }
    }

    private static String trimSlashes(String resource) {
        int start = 0;
        int end = resource.length();
        while (start < end && resource.charAt(start) == '/') {
            start++;
        }
        while (end > start && resource.charAt(end - 1) == '/') {
            end--;
        }
        return resource.substring(start, end);
    }

    @Override
    public String display() {
        return "classpath:" + resource;
    }

    @Override
    public Optional<Path> path() {
        return Optional.empty();
    }

    @Override
    public String toString() {
        return display();
    }
}
