package dev.migrations.bench;

import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.dir.DirectoryLocation;
import dev.migrations.sql.dir.DirectoryReader;
import dev.migrations.sql.dir.MigrationDirectory;
import java.nio.file.Path;

/** Writes {@code atlas.sum} for a directory with the project's own code, as {@code migrations migrate hash} would. */
final class AtlasSumWriter {

    private AtlasSumWriter() {
    }

    /** Hashes every directory of the location (one, or one per release folder) and writes its sum file. */
    static void write(Path directory, DirectoryFormat format) {
        DirectoryReader.read(DirectoryLocation.of(directory), format).directories()
                .forEach(MigrationDirectory::writeSum);
    }
}
