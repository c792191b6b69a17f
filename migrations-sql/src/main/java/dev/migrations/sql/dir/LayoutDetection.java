package dev.migrations.sql.dir;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;
import dev.migrations.sql.sum.AtlasSum;
import dev.migrations.sql.sum.SumEntry;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises the layout of a directory from its files, so that a team can point the runner at the directory its old
 * tool used without naming the tool:
 * <ul>
 *   <li>prisma: {@code migration_lock.toml}, or sub-folders holding {@code migration.sql};</li>
 *   <li>flyway: {@code V<version>__<name>.sql}, {@code B...}, {@code U...} or {@code R__<name>.sql} files, at the top
 *       or in sub-folders;</li>
 *   <li>golang-migrate: {@code *.up.sql} / {@code *.down.sql} files and no other {@code .sql} files, unless the
 *       directory's {@code atlas.sum} hashes them all as an Atlas directory;</li>
 *   <li>goose / dbmate: {@code <digits>...sql} files whose first file carries {@code -- +goose} /
 *       {@code -- migrate:} annotations (the load-time check refuses any later file that does not match);</li>
 *   <li>atlas: other {@code *.sql} files, and an empty directory.</li>
 * </ul>
 * Evidence of two layouts is an error that lists what was seen.
 */
final class LayoutDetection {

    private static final Pattern FLYWAY_NAME = Pattern.compile("([VBU][0-9][^/]*__.*|R__.+)\\.sql");
    private static final int MAX_FOLDER_DEPTH = 8;

    private LayoutDetection() {
    }

    /**
     * @param folder  the folder inside the tree ("" for the root)
     * @param display how messages show the directory
     * @return the layout; ATLAS when nothing points elsewhere
     * @throws MigrationsException when the files belong to more than one layout
     */
    static DirectoryFormat detect(SourceTree tree, String folder, String display) throws IOException {
        Map<DirectoryFormat, String> seen = evidence(tree, folder);
        if (seen.size() > 1) {
            throw new MigrationsException(ErrorKind.LAYOUT_UNRECOGNISED, display + ": cannot tell which tool's layout this directory has: it holds "
                    + seen.entrySet().stream().map(e -> e.getKey().cliName() + " files (" + e.getValue() + ")")
                    .collect(Collectors.joining(" and ")) + ". Move the files of the other tool out, or name the"
                    + " layout (--dir-format <format>; API: directoryFormat(DirectoryFormat.<FORMAT>))");
        }
        DirectoryFormat found = seen.keySet().stream().findFirst().orElse(DirectoryFormat.ATLAS);
        if (found == DirectoryFormat.GOLANG_MIGRATE && sumListsAtlasSelection(tree, folder, display)) {
            // An Atlas directory whose files happen to end in .up.sql and .down.sql: its atlas.sum hashes both.
            return DirectoryFormat.ATLAS;
        }
        return found;
    }

    /**
     * Whether the folder's {@code atlas.sum} lists exactly the files the Atlas layout reads, and not those the
     * golang-migrate layout reads (the two agree when there are no down files).
     */
    private static boolean sumListsAtlasSelection(SourceTree tree, String folder, String display) throws IOException {
        boolean hasSum = tree.list(folder).stream()
                .anyMatch(entry -> !entry.folder() && entry.name().equals(MigrationDirectory.SUM_FILE));
        if (!hasSum) {
            return false;
        }
        List<String> listed;
        try {
            listed = AtlasSum.parse(tree.read(SourceTree.join(folder, MigrationDirectory.SUM_FILE))).entries()
                    .stream().map(SumEntry::name).toList();
        } catch (MigrationsException e) {
            return false;
        }
        return listed.equals(FileSelection.of(DirectoryFormat.ATLAS, display).select(tree, folder))
                && !listed.equals(FileSelection.of(DirectoryFormat.GOLANG_MIGRATE, display).select(tree, folder));
    }

    /**
     * The layout a directory looks like when it has none of the files the given layout reads, so that a wrong layout
     * is reported instead of a silent "nothing to do".
     */
    static Optional<Map.Entry<DirectoryFormat, String>> otherLayout(SourceTree tree, String folder,
                                                                     DirectoryFormat format) throws IOException {
        return evidence(tree, folder).entrySet().stream().filter(e -> e.getKey() != format).findFirst();
    }

    /** What each layout's tell-tale files are, with an example name each. */
    private static Map<DirectoryFormat, String> evidence(SourceTree tree, String folder) throws IOException {
        Map<DirectoryFormat, String> seen = new EnumMap<>(DirectoryFormat.class);
        String firstPlain = null;
        String firstUpOrDown = null;
        for (TreeEntry entry : tree.list(folder)) {
            String name = entry.name();
            if (entry.folder()) {
                if (!name.startsWith(".")) {
                    inspectFolder(tree, SourceTree.join(folder, name), name, seen);
                }
            } else if (name.equals(PrismaSelection.LOCK_FILE)) {
                seen.putIfAbsent(DirectoryFormat.PRISMA, name);
            } else if (name.endsWith(".up.sql") || name.endsWith(".down.sql")) {
                firstUpOrDown = firstUpOrDown == null ? name : firstUpOrDown;
            } else if (FLYWAY_NAME.matcher(name).matches()) {
                seen.putIfAbsent(DirectoryFormat.FLYWAY, name);
            } else if (name.endsWith(".sql") && firstPlain == null) {
                firstPlain = name;
            }
        }
        if (firstPlain != null) {
            seen.putIfAbsent(plainLayout(tree, SourceTree.join(folder, firstPlain)), firstPlain);
        } else if (firstUpOrDown != null) {
            // Only when every plain file is an up or down file: Atlas directories may have such names among others.
            seen.putIfAbsent(DirectoryFormat.GOLANG_MIGRATE, firstUpOrDown);
        }
        return seen;
    }

    /** A sub-folder: a Prisma migration, or a folder of Flyway's recursive layout. */
    private static void inspectFolder(SourceTree tree, String path, String shown, Map<DirectoryFormat, String> seen)
            throws IOException {
        if (ReleaseFolders.isReleaseName(shown.substring(shown.lastIndexOf('/') + 1))) {
            return;
        }
        List<String> flyway = new ArrayList<>();
        findFlyway(tree, path, shown, 0, flyway);
        if (!flyway.isEmpty()) {
            seen.putIfAbsent(DirectoryFormat.FLYWAY, flyway.get(0));
        }
        boolean prisma = tree.list(path).stream()
                .anyMatch(entry -> !entry.folder() && entry.name().equals(PrismaSelection.SCRIPT));
        if (prisma) {
            seen.putIfAbsent(DirectoryFormat.PRISMA, shown + "/" + PrismaSelection.SCRIPT);
        }
    }

    private static void findFlyway(SourceTree tree, String path, String shown, int depth, List<String> found)
            throws IOException {
        if (depth > MAX_FOLDER_DEPTH || !found.isEmpty()) {
            return;
        }
        for (TreeEntry entry : tree.list(path)) {
            if (entry.folder()) {
                if (!entry.name().startsWith(".")) {
                    findFlyway(tree, SourceTree.join(path, entry.name()), shown + "/" + entry.name(), depth + 1,
                            found);
                }
            } else if (FLYWAY_NAME.matcher(entry.name()).matches()) {
                found.add(shown + "/" + entry.name());
                return;
            }
        }
    }

    /** A plain {@code .sql} file: goose and dbmate annotate theirs, Atlas's are plain SQL. */
    private static DirectoryFormat plainLayout(SourceTree tree, String file) throws IOException {
        String text;
        try {
            text = new String(tree.read(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            if (tree.isFolder(file)) {
                return DirectoryFormat.ATLAS;
            }
            throw e;
        }
        for (String line : text.split("\n", -1)) {
            String trimmed = line.strip();
            if (trimmed.startsWith("-- +goose") || trimmed.startsWith("--+goose")) {
                return DirectoryFormat.GOOSE;
            }
            if (trimmed.startsWith("-- migrate:") || trimmed.startsWith("--migrate:")) {
                return DirectoryFormat.DBMATE;
            }
        }
        return DirectoryFormat.ATLAS;
    }
}
