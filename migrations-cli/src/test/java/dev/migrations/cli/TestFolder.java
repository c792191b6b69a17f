package dev.migrations.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Writes and reads test files in a folder. */
record TestFolder(Path path) {

    TestFolder file(String relative, String content) {
        try {
            Path target = path.resolve(relative);
            Files.createDirectories(target.getParent());
            Files.writeString(target, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    String read(String relative) {
        try {
            return Files.readString(path.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String relative) {
        return Files.exists(path.resolve(relative));
    }

    Stream<String> names() {
        try (Stream<Path> list = Files.list(path)) {
            return list.map(each -> each.getFileName().toString()).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String dir() {
        return path.toString();
    }
}
