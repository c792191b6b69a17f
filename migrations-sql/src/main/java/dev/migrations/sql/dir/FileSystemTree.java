package dev.migrations.sql.dir;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A folder on disk. Like Atlas (Go's directory walk), a symbolic link is never entered as a folder; a link to
 * a file reads as that file.
 *
 * <p>Names ending in {@code .sql} are listed as files without asking the file system (one {@code stat} less per
 * migration file, a tenth of the reading of 1,000 small files); a folder so named is found out when it fails to
 * read, see {@link #isFolder}.
 */
final class FileSystemTree implements SourceTree {

    private static final String FILE_SUFFIX = ".sql";

    private final Path root;
    private final Map<String, List<TreeEntry>> listed = new HashMap<>();

    FileSystemTree(Path root) {
        this.root = root;
    }

    /** Lists each folder once per tree: a read asks for the top folder several times. */
    @Override
    public List<TreeEntry> list(String folder) throws IOException {
        List<TreeEntry> entries = listed.get(folder);
        if (entries == null) {
            entries = listOnce(folder);
            listed.put(folder, entries);
        }
        return entries;
    }

    private List<TreeEntry> listOnce(String folder) throws IOException {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(resolve(folder))) {
            for (Path child : stream) {
                names.add(child.getFileName().toString());
            }
        }
        List<TreeEntry> entries = new ArrayList<>(names.size());
        for (String name : names) {
            boolean isFolder = !name.endsWith(FILE_SUFFIX)
                    && Files.isDirectory(resolve(SourceTree.join(folder, name)), LinkOption.NOFOLLOW_LINKS);
            entries.add(new TreeEntry(name, isFolder));
        }
        entries.sort(Comparator.comparing(TreeEntry::name, Utf8Order.INSTANCE));
        return List.copyOf(entries);
    }

    @Override
    public byte[] read(String file) throws IOException {
        return Files.readAllBytes(resolve(file));
    }

    @Override
    public boolean isFolder(String path) {
        return Files.isDirectory(resolve(path), LinkOption.NOFOLLOW_LINKS);
    }

    private Path resolve(String relative) {
        return relative.isEmpty() ? root : root.resolve(relative);
    }
}
