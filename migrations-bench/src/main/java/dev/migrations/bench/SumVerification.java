package dev.migrations.bench;

import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.dir.DirectoryLocation;
import dev.migrations.sql.dir.DirectoryReader;
import dev.migrations.sql.dir.MigrationDirectory;
import dev.migrations.sql.dir.MigrationRoot;
import dev.migrations.sql.migration.MigrationLoader;
import java.nio.file.Path;

/** The integrity checks of our library that the {@code atlas.sum} measurement times. */
final class SumVerification {

    private SumVerification() {
    }

    /** Reads the directory and verifies every {@code atlas.sum}; returns the number of files checked. */
    static int readAndVerify(Path directory, DirectoryFormat format) {
        return verify(read(directory, format));
    }

    /** Reads the directory into memory without checking anything. */
    static MigrationRoot read(Path directory, DirectoryFormat format) {
        return DirectoryReader.read(DirectoryLocation.of(directory), format);
    }

    /** Verifies every {@code atlas.sum} of a directory already read; returns the number of files checked. */
    static int verify(MigrationRoot root) {
        int files = 0;
        for (MigrationDirectory directory : root.directories()) {
            directory.verifySum();
            files += directory.files().size();
        }
        return files;
    }

    /**
     * Hashes the files of a directory already in memory anew and verifies every {@code atlas.sum} against that:
     * the hashing alone, without the reading it otherwise overlaps with. Returns the number of files checked.
     */
    static int hashAndVerify(MigrationRoot root) {
        int files = 0;
        for (MigrationDirectory d : root.directories()) {
            new MigrationDirectory(d.display(), d.path(), d.release(), d.format(), d.files(), d.sumFile())
                    .verifySum();
            files += d.files().size();
        }
        return files;
    }

    /** What {@code Migrations...load()} does before any database contact: read, verify, check the rules. */
    static int load(Path directory, DirectoryFormat format) {
        return MigrationLoader.load(DirectoryLocation.of(directory), format).migrations().size();
    }
}
