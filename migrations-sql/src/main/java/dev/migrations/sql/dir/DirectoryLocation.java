package dev.migrations.sql.dir;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a migration directory lives: a filesystem folder or a classpath folder (exploded or inside a jar).
 */
public sealed interface DirectoryLocation permits FileSystemLocation, ClasspathLocation {

    /**
     * Parses a location with the thread's context class loader for classpath locations.
     *
     * @see #parse(String, ClassLoader)
     */
    static DirectoryLocation parse(String spec) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return parse(spec, context != null ? context : DirectoryLocation.class.getClassLoader());
    }

    /**
     * Parses {@code classpath:db/migrations}, {@code file://path} (Atlas style: {@code file://migrations} is
     * relative, {@code file:///srv/migrations} absolute), {@code file:path}, or a plain path.
     *
     * @throws MigrationsException (kind INVALID_CONFIGURATION) for an empty spec or an empty path after the scheme
     */
    static DirectoryLocation parse(String spec, ClassLoader loader) {
        Objects.requireNonNull(spec, "spec");
        if (spec.isBlank()) {
            throw new MigrationsException(ErrorKind.INVALID_CONFIGURATION, "a migration directory location is empty; give a path such as"
                    + " db/migrations, file://db/migrations or classpath:db/migrations");
        }
        if (spec.startsWith("classpath:")) {
            return classpath(spec.substring("classpath:".length()), loader);
        }
        String path = spec;
        if (spec.startsWith("file://")) {
            path = spec.substring("file://".length());
        } else if (spec.startsWith("file:")) {
            path = spec.substring("file:".length());
        }
        if (path.isEmpty()) {
            throw new MigrationsException(ErrorKind.INVALID_CONFIGURATION, "'" + spec + "' has no path after 'file:'; write e.g."
                    + " file://db/migrations (relative) or file:///srv/db/migrations (absolute)");
        }
        if (path.length() > 2 && path.charAt(0) == '/' && path.charAt(2) == ':' && Character.isLetter(path.charAt(1))) {
            path = path.substring(1); // file:///C:/db -> C:/db
        }
        return new FileSystemLocation(Path.of(path), path);
    }

    /** A filesystem folder, shown in messages as the path given. */
    static DirectoryLocation of(Path directory) {
        return new FileSystemLocation(directory, directory.toString());
    }

    /**
     * A classpath folder such as {@code db/migrations}, found with {@code loader}.
     *
     * @throws MigrationsException (kind INVALID_CONFIGURATION) when the resource path is empty
     */
    static DirectoryLocation classpath(String resource, ClassLoader loader) {
        return new ClasspathLocation(resource, loader);
    }

    /** How error messages show this location, e.g. {@code db/migrations} or {@code classpath:db/migrations}. */
    String display();

    /** The folder on disk, present for filesystem locations only. */
    Optional<Path> path();
}
