package dev.migrations.sql.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes test files into a folder: {@code Folder.at(dir).file("1_a.sql", "SELECT 1;\n")}. */
public final class Folder {

    private final Path root;

    private Folder(Path root) {
        this.root = root;
    }

    public static Folder at(Path root) {
        try {
            Files.createDirectories(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Folder(root);
    }

    /** Writes a UTF-8 text file, creating parent folders. */
    public Folder file(String relative, String content) {
        return file(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a binary file, creating parent folders. */
    public Folder file(String relative, byte[] content) {
        try {
            Path target = root.resolve(relative);
            Files.createDirectories(target.getParent());
            Files.write(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Folder folder(String relative) {
        try {
            Files.createDirectories(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path path() {
        return root;
    }

    public String read(String relative) {
        try {
            return Files.readString(root.resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
