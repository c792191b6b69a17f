package dev.migrations.sql.migration;

import dev.migrations.error.InvalidMigrationsException;
import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.dir.DirectoryLocation;
import dev.migrations.sql.dir.DirectoryReader;
import dev.migrations.sql.dir.MigrationDirectory;
import dev.migrations.sql.dir.MigrationRoot;
import dev.migrations.error.SumFileException;
import dev.migrations.error.SumMismatchException;
import dev.migrations.sql.sum.AtlasSum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/** Loads the migrations to apply from a location: integrity first, then the strict rules. */
public final class MigrationLoader {

    private static final Comparator<Migration> APPLY_ORDER = Comparator
            .comparing(MigrationLoader::rank)
            .thenComparing((left, right) -> left.version() == null ? 0 : left.version().compareTo(right.version()))
            .thenComparing(Migration::description)
            .thenComparing(Migration::path);

    private MigrationLoader() {
    }

    /**
     * Reads a location, verifies every {@code atlas.sum}, and checks the strict rules: numeric versions, no
     * duplicate versions (also across release folders), name order equal to version order, versions that
     * increase from release folder to release folder, valid UTF-8, valid directives.
     *
     * @throws SumFileException           when an {@code atlas.sum} is missing or malformed
     * @throws SumMismatchException       when files changed since {@code atlas.sum} was written
     * @throws InvalidMigrationsException listing every broken rule
     * @throws dev.migrations.error.MigrationsException when the location cannot be read
     */
    public static LoadedDirectory load(DirectoryLocation location, DirectoryFormat format) {
        return read(location, format, MigrationDirectory::verifiedSum);
    }

    /**
     * Reads a location like {@link #load} but without {@code atlas.sum}: for reading the files (linting them) where
     * their integrity is not the question. A missing or stale {@code atlas.sum} is no error; the strict rules are.
     *
     * @throws InvalidMigrationsException listing every broken rule
     */
    public static LoadedDirectory loadWithoutSum(DirectoryLocation location, DirectoryFormat format) {
        return read(location, format, MigrationDirectory::computeSum);
    }

    /** Reads every directory of the location with the sum {@code sumOf} gives it, then checks the strict rules. */
    private static LoadedDirectory read(DirectoryLocation location, DirectoryFormat format,
            Function<MigrationDirectory, AtlasSum> sumOf) {
        MigrationRoot root = DirectoryReader.read(location, format);
        List<String> problems = new ArrayList<>();
        List<List<Migration>> byDirectory = new ArrayList<>();
        for (MigrationDirectory directory : root.directories()) {
            byDirectory.add(MigrationFiles.of(directory, sumOf.apply(directory), problems));
        }
        VersionRules.check(root, byDirectory, problems);
        if (!problems.isEmpty()) {
            throw new InvalidMigrationsException(location.display(), problems);
        }
        List<Migration> migrations = new ArrayList<>();
        byDirectory.forEach(migrations::addAll);
        migrations.sort(APPLY_ORDER);
        return new LoadedDirectory(root, migrations);
    }

    private static int rank(Migration migration) {
        return switch (migration.kind()) {
            case BASELINE -> 0;
            case VERSIONED -> 1;
            case REPEATABLE -> 2;
        };
    }
}
