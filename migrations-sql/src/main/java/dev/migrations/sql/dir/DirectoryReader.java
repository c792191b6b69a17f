package dev.migrations.sql.dir;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;
import dev.migrations.sql.sum.AtlasSum;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a location into its directories and files, exactly as Atlas would see them; applies no version rules. */
public final class DirectoryReader {

    private DirectoryReader() {
    }

    /**
     * Reads every migration file and {@code atlas.sum} of a location.
     *
     * @param format the layout, or {@link DirectoryFormat#AUTO} to recognise it from the files (the root's
     *               {@link MigrationRoot#format()} says which it is)
     * @throws MigrationsException when the location does not exist or cannot be read, when {@code AUTO} sees files of
     *                             two layouts, or when the directory has no file of the given layout but looks like
     *                             another layout's directory
     */
    public static MigrationRoot read(DirectoryLocation location, DirectoryFormat requested) {
        try (SourceTree tree = TreeOpener.open(location)) {
            DirectoryFormat format = requested == DirectoryFormat.AUTO ? detect(tree, location) : requested;
            FileSelection selection = FileSelection.of(format, location.display());
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
            if (requested != DirectoryFormat.AUTO && directories.stream().allMatch(d -> d.files().isEmpty())) {
                refuseOtherLayout(tree, releases.map(r -> r.get(0)).orElse(""), location, format);
            }
            return new MigrationRoot(location, format, directories, releases.isPresent());
        } catch (IOException e) {
            throw new MigrationsException(ErrorKind.DIRECTORY_IO, "cannot read migration directory " + location.display() + ": " + e
                    + "; check that it exists and is readable", e);
        }
    }

    /** The layout of a location: of its first release folder, in a release root. */
    private static DirectoryFormat detect(SourceTree tree, DirectoryLocation location) throws IOException {
        Optional<List<String>> releases = ReleaseFolders.of(tree.list(""), DirectoryFormat.ATLAS, location.display());
        if (releases.isEmpty()) {
            return LayoutDetection.detect(tree, "", location.display());
        }
        String first = releases.get().get(0);
        return LayoutDetection.detect(tree, first, MigrationDirectory.joinDisplay(location.display(), first));
    }

    /** A directory without migration files of its layout that holds another layout's files is a wrong layout. */
    private static void refuseOtherLayout(SourceTree tree, String folder, DirectoryLocation location,
                                          DirectoryFormat format) throws IOException {
        Optional<Map.Entry<DirectoryFormat, String>> other =
                LayoutDetection.otherLayout(tree, folder, format);
        if (other.isPresent()) {
            DirectoryFormat fits = other.get().getKey();
            throw new MigrationsException(ErrorKind.LAYOUT_UNRECOGNISED, location.display() + " has no " + format.cliName() + " migration files, but"
                    + " it looks like " + (fits == DirectoryFormat.ATLAS ? "an " : "a ") + fits.cliName()
                    + " directory (" + other.get().getValue() + "). Read it as one: --dir-format " + fits.cliName()
                    + " (API: directoryFormat(DirectoryFormat." + fits.name() + ")), or leave the layout to detection"
                    + " (auto)");
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
            throw new MigrationsException(ErrorKind.DIRECTORY_IO, "cannot read " + MigrationDirectory.joinDisplay(display, name) + ": " + e
                    + "; check that it is a readable file", e);
        }
    }

    private static byte[] read(SourceTree tree, String file, String display, String name) {
        try {
            return tree.read(file);
        } catch (IOException e) {
            throw new MigrationsException(ErrorKind.DIRECTORY_IO, "cannot read " + MigrationDirectory.joinDisplay(display, name) + ": " + e
                    + "; check that it is a readable file", e);
        }
    }
}
