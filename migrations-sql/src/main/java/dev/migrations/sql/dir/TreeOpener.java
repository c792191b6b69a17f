package dev.migrations.sql.dir;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Opens the {@link SourceTree} behind a {@link DirectoryLocation}. */
final class TreeOpener {

    private static final String SUM_FILE = "atlas.sum";

    private TreeOpener() {
    }

    static SourceTree open(DirectoryLocation location) {
        if (location instanceof FileSystemLocation folder) {
            return openFolder(folder);
        }
        return openClasspath((ClasspathLocation) location);
    }

    private static SourceTree openFolder(FileSystemLocation location) {
        Path directory = location.directory();
        if (!Files.exists(directory)) {
            throw new MigrationsException(ErrorKind.DIRECTORY_NOT_FOUND, "migration directory " + location.display() + " does not exist (looked at "
                    + directory.toAbsolutePath().normalize() + "); create it, or configure the right folder with directory(...)");
        }
        if (!Files.isDirectory(directory)) {
            throw new MigrationsException(ErrorKind.DIRECTORY_NOT_FOUND, location.display() + " is not a folder; pass the folder that holds the"
                    + " migration files");
        }
        return new FileSystemTree(directory);
    }

    private static SourceTree openClasspath(ClasspathLocation location) {
        URL url = findUnique(location);
        try {
            return switch (url.getProtocol()) {
                case "file" -> openExploded(location, url);
                case "jar" -> openJar(url, location.resource());
                default -> throw new MigrationsException(ErrorKind.DIRECTORY_IO, location.display() + " was found at " + url + ", but '"
                        + url.getProtocol() + ":' class path entries are not supported; package the migrations"
                        + " in a jar or a folder on the class path, or pass a filesystem path");
            };
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            throw new MigrationsException(ErrorKind.DIRECTORY_IO, "cannot open " + location.display() + " at " + url + ": " + e.getMessage(),
                    e);
        }
    }

    private static SourceTree openExploded(ClasspathLocation location, URL url) throws URISyntaxException {
        Path folder = Path.of(url.toURI());
        if (!Files.isDirectory(folder)) {
            throw new MigrationsException(ErrorKind.DIRECTORY_NOT_FOUND, location.display() + " is a file (" + folder + "), not a folder; point to"
                    + " the folder that holds the migration files");
        }
        return new FileSystemTree(folder);
    }

    /**
     * Opens the jar at its root, not at the folder's entry: a jar without directory entries has no entry for
     * the folder itself.
     */
    private static SourceTree openJar(URL url, String folder) throws IOException {
        String text = url.toString();
        URL jarRoot = new URL(text.substring(0, text.lastIndexOf("!/") + 2));
        URLConnection connection = jarRoot.openConnection();
        if (!(connection instanceof JarURLConnection jarConnection)) {
            throw new IOException("not a jar connection: " + connection.getClass().getName());
        }
        jarConnection.setUseCaches(false);
        return new JarTree(jarConnection.getJarFile(), folder);
    }

    /**
     * The one URL of the folder. Jars built without directory entries do not resolve a folder, so the folder's
     * {@code atlas.sum} is the fallback.
     */
    private static URL findUnique(ClasspathLocation location) {
        String resource = location.resource();
        List<URL> found = resources(location.loader(), resource);
        if (found.isEmpty()) {
            for (URL sum : resources(location.loader(), resource + "/" + SUM_FILE)) {
                found.add(parentOf(sum));
            }
        }
        if (found.isEmpty()) {
            throw new MigrationsException(ErrorKind.DIRECTORY_NOT_FOUND, location.display() + " was not found on the class path; check the"
                    + " folder name and that it is packaged (e.g. src/main/resources/" + resource + ")");
        }
        if (found.size() > 1) {
            throw new MigrationsException(ErrorKind.DIRECTORY_AMBIGUOUS, location.display() + " exists in " + found.size() + " places on the class"
                    + " path, and one atlas.sum cannot cover several: " + found.stream().map(URL::toString)
                    .collect(Collectors.joining(", ")) + "; keep the migrations in one of them");
        }
        return found.get(0);
    }

    private static List<URL> resources(ClassLoader loader, String name) {
        try {
            Set<String> seen = new LinkedHashSet<>();
            List<URL> urls = new ArrayList<>();
            for (URL url : Collections.list(loader.getResources(name))) {
                String normalized = stripTrailingSlash(url.toString());
                if (seen.add(normalized)) {
                    urls.add(url);
                }
            }
            return urls;
        } catch (IOException e) {
            throw new MigrationsException(ErrorKind.DIRECTORY_IO, "cannot search the class path for " + name + ": " + e.getMessage(), e);
        }
    }

    private static URL parentOf(URL sumFile) {
        String text = sumFile.toString();
        try {
            return new URL(text.substring(0, text.length() - SUM_FILE.length() - 1));
        } catch (MalformedURLException e) {
            throw new MigrationsException(ErrorKind.DIRECTORY_IO, "cannot resolve the folder of " + sumFile + ": " + e.getMessage(), e);
        }
    }

    private static String stripTrailingSlash(String text) {
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
