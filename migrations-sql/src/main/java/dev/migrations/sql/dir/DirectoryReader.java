package dev.migrations.sql.dir;

import dev.migrations.sql.MigrationsException;
import dev.migrations.sql.sum.AtlasSum;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads a location into its directories and files, exactly as Atlas would see them; applies no version rules. */
public final class DirectoryReader {

    private DirectoryReader() {
    }

    /**
     * Reads every migration file and {@code atlas.sum} of a location.
     *
     * @throws MigrationsException when the location does not exist or cannot be read
     */
    public static MigrationRoot read(DirectoryLocation location, DirectoryFormat format) {
        FileSelection selection = FileSelection.of(format, location.display());
        try (SourceTree tree = TreeOpener.open(location)) {
            Optional<List<String>> releases = ReleaseFolders.of(tree.list(""), format, location.display());
            List<MigrationDirectory> directories = new ArrayList<>();
            if (releases.isEmpty()) {
                directories.add(readDirectory(tree, "", location.display(), location.path(), format, selection));
            } else {
                for (String release : releases.get()) {
                    String display = MigrationDirectory.joinDisplay(location.display(), release);
                    directories.add(readDirectory(tree, release, display,
                            location.path().map(path -> path.resolve(release)), format, selection));
                }
            }
            return new MigrationRoot(location, format, directories, releases.isPresent());
        } catch (IOException e) {
            throw new MigrationsException("cannot read migration directory " + location.display() + ": " + e
                    + "; check that it exists and is readable", e);
        }
    }

    private static MigrationDirectory readDirectory(SourceTree tree, String folder, String display,
                                                    Optional<Path> path, DirectoryFormat format,
                                                    FileSelection selection) throws IOException {
        // Hashing while the next files are read keeps a 10,000-file directory close to sha256sum's speed.
        List<DirectoryFile> files = new ArrayList<>();
        AtlasSum.Builder sum = new AtlasSum.Builder();
        List<String> names = selection.select(tree, folder);
        Set<String> configs = selection.scriptConfigs(tree, folder, names);
        OrderedReads.forEachInOrder(names,
                name -> readUnlessFolder(tree, SourceTree.join(folder, name), display, name),
                (name, content) -> {
                    if (content == null) {
                        return;
                    }
                    String config = name + DirectoryFile.SCRIPT_CONFIG_SUFFIX;
                    DirectoryFile file = new DirectoryFile(name, content, configs.contains(config)
                            ? Optional.of(read(tree, SourceTree.join(folder, config), display, config))
                            : Optional.empty());
                    files.add(file);
                    sum.add(file);
                });
        boolean hasSum = tree.list(folder).stream()
                .anyMatch(entry -> !entry.folder() && entry.name().equals(MigrationDirectory.SUM_FILE));
        Optional<byte[]> sumFile = hasSum
                ? Optional.of(read(tree, SourceTree.join(folder, MigrationDirectory.SUM_FILE), display,
                        MigrationDirectory.SUM_FILE))
                : Optional.empty();
        return new MigrationDirectory(display, path, folder, format, files, sumFile, sum.build());
    }

    /** The file's bytes, or null for a folder that the listing took for a file by its name. */
    private static byte[] readUnlessFolder(SourceTree tree, String file, String display, String name) {
        try {
            return tree.read(file);
        } catch (IOException e) {
            if (tree.isFolder(file)) {
                return null;
            }
            throw new MigrationsException("cannot read " + MigrationDirectory.joinDisplay(display, name) + ": " + e
                    + "; check that it is a readable file", e);
        }
    }

    private static byte[] read(SourceTree tree, String file, String display, String name) {
        try {
            return tree.read(file);
        } catch (IOException e) {
            throw new MigrationsException("cannot read " + MigrationDirectory.joinDisplay(display, name) + ": " + e
                    + "; check that it is a readable file", e);
        }
    }
}
