package dev.migrations.sql.dir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Atlas's reading of a Flyway directory, quirks included, so that {@code atlas.sum} matches Atlas byte for byte.
 *
 * <ul>
 *   <li>Walks the folder depth-first, each folder in UTF-8 name order, skipping folders whose name starts
 *       with '.'; keeps {@code .sql} files whose name starts with {@code V}, {@code B} or {@code R}.</li>
 *   <li>Keeps one baseline ({@code B}) file. Atlas compares baseline versions as TEXT, so {@code B9} wins
 *       over {@code B10}, a {@code V} file met before the baseline is dropped only when its PATH sorts at or
 *       below the baseline's version text, and a {@code V} file met after it is kept when its version text
 *       sorts above.</li>
 *   <li>Orders the baseline first, then {@code V} files, then {@code R} files, each by Flyway version
 *       (numeric parts; a non-numeric part counts as 0), ties in walk order. (Go's unstable sort keeps walk
 *       order for ties only up to 12 files; beyond that Atlas's tie order is an artefact of its sort.)</li>
 * </ul>
 *
 * <p>A selected file may have a script configuration file next to it ({@code V3__x.sql.conf}), which Flyway reads
 * and Atlas does not hash.
 */
final class FlywaySelection implements FileSelection {

    @Override
    public List<String> select(SourceTree tree, String folder) throws IOException {
        Files files = new Files();
        walk(tree, folder, "", files);
        return files.inHashOrder();
    }

    @Override
    public Set<String> scriptConfigs(SourceTree tree, String folder, List<String> selected) throws IOException {
        Map<String, Set<String>> filesByFolder = new HashMap<>();
        Set<String> configs = new HashSet<>();
        for (String path : selected) {
            int slash = path.lastIndexOf('/');
            String parent = slash < 0 ? "" : path.substring(0, slash);
            Set<String> files = filesByFolder.get(parent);
            if (files == null) {
                files = new HashSet<>();
                for (TreeEntry entry : tree.list(parent.isEmpty() ? folder : SourceTree.join(folder, parent))) {
                    if (!entry.folder()) {
                        files.add(entry.name());
                    }
                }
                filesByFolder.put(parent, files);
            }
            if (files.contains(baseName(path) + DirectoryFile.SCRIPT_CONFIG_SUFFIX)) {
                configs.add(path + DirectoryFile.SCRIPT_CONFIG_SUFFIX);
            }
        }
        return configs;
    }

    private static void walk(SourceTree tree, String folder, String relative, Files files) throws IOException {
        for (TreeEntry entry : tree.list(folder)) {
            String path = SourceTree.join(relative, entry.name());
            if (entry.folder()) {
                if (!entry.name().startsWith(".")) {
                    walk(tree, SourceTree.join(folder, entry.name()), path, files);
                }
            } else if (isCandidate(entry.name())) {
                files.add(path);
            }
        }
    }

    private static boolean isCandidate(String name) {
        char prefix = name.charAt(0);
        return name.endsWith(".sql") && name.getBytes(StandardCharsets.UTF_8).length >= 4
                && (prefix == 'V' || prefix == 'B' || prefix == 'R');
    }

    /** The files kept so far, in walk order. */
    private static final class Files {

        private String baseline = "";
        private final List<String> versioned = new ArrayList<>();
        private final List<String> repeatable = new ArrayList<>();

        void add(String path) {
            switch (baseName(path).charAt(0)) {
                case 'B' -> {
                    if (!baseline.isEmpty() && Utf8Order.INSTANCE.compare(version(path), version(baseline)) < 0) {
                        return;
                    }
                    baseline = path;
                    String baselineVersion = version(baseline);
                    // Atlas compares each kept file's PATH with the baseline's VERSION here.
                    versioned.removeIf(kept -> Utf8Order.INSTANCE.compare(kept, baselineVersion) <= 0);
                }
                case 'V' -> {
                    if (baseline.isEmpty() || Utf8Order.INSTANCE.compare(version(baseline), version(path)) < 0) {
                        versioned.add(path);
                    }
                }
                default -> repeatable.add(path);
            }
        }

        List<String> inHashOrder() {
            Comparator<String> byVersion = (left, right) -> compareVersions(version(left), version(right));
            List<String> names = new ArrayList<>();
            if (!baseline.isEmpty()) {
                names.add(baseline);
            }
            versioned.sort(byVersion);
            repeatable.sort(byVersion);
            names.addAll(versioned);
            names.addAll(repeatable);
            return names;
        }
    }

    private static String version(String path) {
        return DirectoryFormat.FLYWAY.versionOf(path);
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Atlas's Flyway version order: '_' as '.', numeric parts compared in turn, a shorter prefix first. */
    private static int compareVersions(String left, String right) {
        long[] a = parts(left);
        long[] b = parts(right);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            int byPart = Long.compare(a[i], b[i]);
            if (byPart != 0) {
                return byPart;
            }
        }
        return Integer.compare(a.length, b.length);
    }

    private static long[] parts(String version) {
        String[] texts = version.replace('_', '.').split("\\.", -1);
        long[] parts = new long[texts.length];
        for (int i = 0; i < texts.length; i++) {
            parts[i] = goAtoi(texts[i]);
        }
        return parts;
    }

    /** Go's {@code strconv.Atoi} as Atlas uses it: 0 for anything not an integer, clamped on overflow. */
    private static long goAtoi(String text) {
        int start = 0;
        boolean negative = false;
        if (!text.isEmpty() && (text.charAt(0) == '+' || text.charAt(0) == '-')) {
            negative = text.charAt(0) == '-';
            start = 1;
        }
        if (start == text.length()) {
            return 0;
        }
        long value = 0;
        boolean overflow = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return 0;
            }
            if (!overflow) {
                int digit = c - '0';
                if (value > (Long.MAX_VALUE - digit) / 10) {
                    overflow = true;
                } else {
                    value = value * 10 + digit;
                }
            }
        }
        if (overflow) {
            return negative ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return negative ? -value : value;
    }
}
