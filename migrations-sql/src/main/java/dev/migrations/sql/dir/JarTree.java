package dev.migrations.sql.dir;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/**
 * A folder inside a jar. Folders are inferred from entry names, so jars built without directory entries
 * work too.
 */
final class JarTree implements SourceTree {

    private final JarFile jar;
    private final String prefix;
    private final Map<String, Map<String, TreeEntry>> folders = new HashMap<>();

    /**
     * @param jar    the jar, closed with this tree
     * @param folder the folder's entry name inside the jar without trailing '/', "" for the jar root
     */
    JarTree(JarFile jar, String folder) {
        this.jar = jar;
        this.prefix = folder.isEmpty() ? "" : folder + "/";
        folders.put("", new LinkedHashMap<>());
        Enumeration<JarEntry> entries = jar.entries();
        while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (name.startsWith(prefix) && name.length() > prefix.length()) {
                add(name.substring(prefix.length()), entry.isDirectory());
            }
        }
    }

    private void add(String relative, boolean directory) {
        String path = directory && relative.endsWith("/") ? relative.substring(0, relative.length() - 1) : relative;
        String[] parts = path.split("/");
        String folder = "";
        for (int i = 0; i < parts.length; i++) {
            boolean last = i == parts.length - 1;
            boolean isFolder = !last || directory;
            folders.computeIfAbsent(folder, key -> new LinkedHashMap<>())
                    .putIfAbsent(parts[i], new TreeEntry(parts[i], isFolder));
            folder = SourceTree.join(folder, parts[i]);
            if (isFolder) {
                folders.computeIfAbsent(folder, key -> new LinkedHashMap<>());
            }
        }
    }

    @Override
    public List<TreeEntry> list(String folder) throws IOException {
        Map<String, TreeEntry> entries = folders.get(folder);
        if (entries == null) {
            throw new IOException("no folder '" + prefix + folder + "' in " + jar.getName());
        }
        List<TreeEntry> sorted = new ArrayList<>(entries.values());
        sorted.sort(Comparator.comparing(TreeEntry::name, Utf8Order.INSTANCE));
        return sorted;
    }

    @Override
    public byte[] read(String file) throws IOException {
        JarEntry entry = jar.getJarEntry(prefix + file);
        if (entry == null) {
            throw new IOException("no entry '" + prefix + file + "' in " + jar.getName());
        }
        try (InputStream in = jar.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    @Override
    public void close() throws IOException {
        jar.close();
    }
}
