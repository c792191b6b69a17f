package dev.migrations.sql.dir;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One migration file, as Atlas hashes it.
 *
 * <p>The content arrays are shared, not copied (directories can hold hundreds of megabytes): do not modify them.
 *
 * @param name         path relative to the directory root, '/'-separated, exactly as Atlas names it in
 *                     {@code atlas.sum} (e.g. {@code 20240101120000_init.sql} or {@code sub/V2__nested.sql})
 * @param content      the raw bytes on disk
 * @param scriptConfig the raw bytes of Flyway's script configuration file next to it ({@code <name>.conf}, e.g.
 *                     {@code V3__x.sql.conf}), for the Flyway layout when there is one. It is not part of
 *                     {@code atlas.sum}: Atlas hashes only the migration files, so editing, adding or removing a
 *                     {@code .conf} file changes no sum and passes the integrity check.
 */
public record DirectoryFile(String name, byte[] content, Optional<byte[]> scriptConfig) {

    /** The suffix of a Flyway script configuration file, appended to the migration file's name. */
    public static final String SCRIPT_CONFIG_SUFFIX = ".conf";

    public DirectoryFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(scriptConfig, "scriptConfig");
    }

    /** A file without a script configuration file. */
    public DirectoryFile(String name, byte[] content) {
        this(name, content, Optional.empty());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof DirectoryFile file && name.equals(file.name) && Arrays.equals(content, file.content)
                && Arrays.equals(scriptConfig.orElse(null), file.scriptConfig.orElse(null));
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(content);
    }

    @Override
    public String toString() {
        return name + " (" + content.length + " bytes" + (scriptConfig.isPresent() ? ", with " + name
                + SCRIPT_CONFIG_SUFFIX : "") + ")";
    }
}
