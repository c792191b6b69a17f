package dev.migrations.sql.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

/** Builds jars for class path tests. */
public final class TestJar {

    private TestJar() {
    }

    /** Writes a jar holding {@code files} (entry name to UTF-8 text), with or without directory entries. */
    public static Path write(Path jar, Map<String, String> files, boolean directoryEntries) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out)) {
            if (directoryEntries) {
                TreeSet<String> folders = new TreeSet<>();
                for (String file : files.keySet()) {
                    for (int slash = file.indexOf('/'); slash > 0; slash = file.indexOf('/', slash + 1)) {
                        folders.add(file.substring(0, slash + 1));
                    }
                }
                for (String folder : folders) {
                    jarOut.putNextEntry(new JarEntry(folder));
                    jarOut.closeEntry();
                }
            }
            for (Map.Entry<String, String> file : files.entrySet()) {
                jarOut.putNextEntry(new JarEntry(file.getKey()));
                jarOut.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                jarOut.closeEntry();
            }
        }
        return jar;
    }

    /** A class loader over jars and folders only, without the test class path. */
    public static URLClassLoader loaderOf(Path... entries) throws IOException {
        URL[] urls = new URL[entries.length];
        for (int i = 0; i < entries.length; i++) {
            urls[i] = entries[i].toUri().toURL();
        }
        return new URLClassLoader(urls, null);
    }
}
