package dev.migrations.sql.sum;

import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.dir.DirectoryLocation;
import dev.migrations.sql.dir.DirectoryReader;
import dev.migrations.sql.dir.MigrationDirectory;
import dev.migrations.sql.dir.MigrationRoot;

/**
 * Times reading + hashing + validating a directory, to compare with {@code sha256sum} over the same bytes.
 * Not a test (no timing assertions belong in tests). Run after {@code test-compile}:
 *
 * <pre>
 * java -cp migrations-sql/target/classes:migrations-sql/target/test-classes \
 *     dev.migrations.sql.sum.HashingBenchmark /tmp/bench [rounds]
 * </pre>
 *
 * Writes {@code atlas.sum} first when the directory has none.
 */
public final class HashingBenchmark {

    private HashingBenchmark() {
    }

    public static void main(String[] args) {
        DirectoryLocation location = DirectoryLocation.parse(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        MigrationDirectory first = DirectoryReader.read(location, DirectoryFormat.ATLAS).directories().get(0);
        if (first.sumFile().isEmpty()) {
            first.writeSum();
        }
        for (int round = 1; round <= rounds; round++) {
            long start = System.nanoTime();
            MigrationRoot root = DirectoryReader.read(location, DirectoryFormat.ATLAS);
            long read = System.nanoTime();
            MigrationDirectory directory = root.directories().get(0);
            directory.verifySum();
            long verified = System.nanoTime();
            long bytes = directory.files().stream().mapToLong(file -> file.content().length).sum();
            System.out.printf("round %d: %d files, %.1f MB: read %d ms + hash and validate %d ms = %d ms%n", round,
                    directory.files().size(), bytes / 1e6, (read - start) / 1_000_000, (verified - read) / 1_000_000,
                    (verified - start) / 1_000_000);
        }
    }
}
