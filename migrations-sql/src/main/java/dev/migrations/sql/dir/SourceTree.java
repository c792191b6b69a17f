package dev.migrations.sql.dir;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/** A read-only tree of folders and files: a filesystem folder or a folder inside a jar. */
interface SourceTree extends Closeable {

    /**
     * The entries of a folder, sorted by the UTF-8 bytes of their names (Go's order).
     *
     * @param folder '/'-separated path relative to the tree root; "" is the root
     */
    List<TreeEntry> list(String folder) throws IOException;

    /** The raw bytes of a file, by its '/'-separated path relative to the tree root. */
    byte[] read(String file) throws IOException;

    /**
     * Whether a path the listing showed as a file is a folder after all: a tree may list names that end like
     * migration files as files without looking (false by default: the listing was exact).
     */
    default boolean isFolder(String path) {
        return false;
    }

    /** Releases what the tree holds open (a jar file); nothing by default. */
    @Override
    default void close() throws IOException {
    }

    /** Joins a folder and a name into a tree path. */
    static String join(String folder, String name) {
        return folder.isEmpty() ? name : folder + "/" + name;
    }
}
