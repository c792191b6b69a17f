package dev.migrations.sql.dir;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;
import dev.migrations.sql.version.Version;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Detects a release root: a folder whose top level has no {@code .sql} files and no {@code atlas.sum}, but
 * sub-folders named by version ({@code 1.0.0}, {@code v1.1.0}). Each such sub-folder is a directory of its own
 * with its own {@code atlas.sum}; they are ordered by version.
 */
final class ReleaseFolders {

    private static final Pattern RELEASE_NAME = Pattern.compile("v?[0-9]+(\\.[0-9]+)*");

    private ReleaseFolders() {
    }

    /**
     * @return the release folder names in version order, or empty when {@code top} is not a release root
     * @throws MigrationsException when a Flyway release root also holds a folder that is not a release,
     *                             whose files would belong to no {@code atlas.sum}
     */
    static Optional<List<String>> of(List<TreeEntry> top, DirectoryFormat format, String display) {
        boolean hasMigrationsOrSum = top.stream()
                .anyMatch(entry -> !entry.folder() && (entry.name().endsWith(".sql") || entry.name().equals("atlas.sum")));
        List<String> releases = top.stream()
                .filter(entry -> entry.folder() && isReleaseName(entry.name()))
                .map(TreeEntry::name)
                .sorted(Comparator.comparing(ReleaseFolders::version).thenComparing(Utf8Order.INSTANCE))
                .toList();
        if (hasMigrationsOrSum || releases.isEmpty() || format == DirectoryFormat.PRISMA) {
            return Optional.empty();
        }
        if (format == DirectoryFormat.FLYWAY) {
            top.stream()
                    .filter(entry -> entry.folder() && !entry.name().startsWith(".") && !isReleaseName(entry.name()))
                    .findFirst()
                    .ifPresent(other -> {
                        throw new MigrationsException(ErrorKind.INVALID_MIGRATIONS, display + " is a release root (it holds release folders "
                                + String.join(", ", releases) + "), but also the folder '" + other.name()
                                + "', which is not named like a release (1.0.0 or v1.0.0); rename it to a release"
                                + " version or move it out of " + display);
                    });
        }
        return Optional.of(releases);
    }

    /** Whether a folder name is a release version: digits separated by dots, optionally after a 'v'. */
    static boolean isReleaseName(String name) {
        return RELEASE_NAME.matcher(name).matches();
    }

    /** The version of a release folder name ({@code v1.2} is {@code 1.2}). */
    static Version version(String releaseName) {
        return Version.parse(releaseName.startsWith("v") ? releaseName.substring(1) : releaseName);
    }
}
