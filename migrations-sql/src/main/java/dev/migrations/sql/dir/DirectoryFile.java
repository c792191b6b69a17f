package dev.migrations.sql.dir;

import java.util.Arrays;
import java.util.Objects;

/**
 * One migration file, as Atlas hashes it.
 *
 * <p>The content array is shared, not copied (directories can hold hundreds of megabytes): do not modify it.
 *
 * @param name    path relative to the directory root, '/'-separated, exactly as Atlas names it in
 *                {@code atlas.sum} (e.g. {@code 20240101120000_init.sql} or {@code sub/V2__nested.sql})
 * @param content the raw bytes on disk
 */
public record DirectoryFile(String name, byte[] content) {

    public DirectoryFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DirectoryFile file && name.equals(file.name) && Arrays.equals(content, file.content);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return name + " (" + content.length + " bytes)";
    }
}
