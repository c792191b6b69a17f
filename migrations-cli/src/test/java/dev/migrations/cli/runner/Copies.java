package dev.migrations.cli.runner;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Writable copies of read-only folders. */
final class Copies {

    private Copies() {
    }

    /** Copies {@code source} with everything under it to {@code target} and returns {@code target}. */
    static Path of(Path source, Path target) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(source)) {
            all = walk.toList();
        }
        for (Path path : all) {
            Path copy = target.resolve(source.relativize(path).toString());
            if (Files.isDirectory(path)) {
                Files.createDirectories(copy);
            } else {
                Files.copy(path, copy);
            }
        }
        return target;
    }
}
