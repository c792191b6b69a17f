package dev.migrations.sql.dir;

import java.util.List;
import java.util.Objects;

/**
 * What a location holds: one directory, or for a release root one directory per release folder in version
 * order.
 *
 * @param location    where it was read from
 * @param format      the directory layout
 * @param directories the directories, each with its own {@code atlas.sum}
 * @param releaseRoot whether the location is a release root
 */
public record MigrationRoot(DirectoryLocation location, DirectoryFormat format, List<MigrationDirectory> directories,
                            boolean releaseRoot) {

    public MigrationRoot {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(format, "format");
        directories = List.copyOf(directories);
    }
}
