package dev.migrations.sql.migration;

import dev.migrations.sql.internal.advice.SumAdvice;
import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.dir.MigrationDirectory;
import dev.migrations.sql.dir.MigrationRoot;
import dev.migrations.sql.version.Version;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Version rules across files: unique versions; hash (name) order equal to version order; Flyway files above
 * their baseline; releases whose versions strictly increase from folder to folder.
 */
final class VersionRules {

    private VersionRules() {
    }

    /**
     * @param root        what was read
     * @param byDirectory the migrations of each of {@code root}'s directories, in hash order
     * @param problems    receives one message per broken rule
     */
    static void check(MigrationRoot root, List<List<Migration>> byDirectory, List<String> problems) {
        for (int i = 0; i < byDirectory.size(); i++) {
            MigrationDirectory directory = root.directories().get(i);
            if (!directory.format().appliesInVersionOrder() || directory.format() == DirectoryFormat.FLYWAY) {
                checkNameOrder(directory, byDirectory.get(i), problems);
            }
            checkBaseline(directory, byDirectory.get(i), problems);
        }
        checkDuplicates(root, byDirectory, problems);
        checkDuplicateRepeatables(root, byDirectory, problems);
        if (root.releaseRoot()) {
            checkReleases(root, byDirectory, problems);
        }
    }

    /**
     * Atlas applies files in hash order; a later file must never have a lower version. (golang-migrate and goose
     * directories are applied in version order, as their tools apply them, and need no such check.)
     */
    private static void checkNameOrder(MigrationDirectory directory, List<Migration> migrations,
                                       List<String> problems) {
        Migration previous = null;
        for (Migration migration : migrations) {
            if (migration.kind() != MigrationKind.VERSIONED) {
                continue;
            }
            if (previous != null && previous.version().compareTo(migration.version()) > 0) {
                problems.add(directory.display() + ": " + previous.name() + " (version " + previous.version() + ")"
                        + " comes before " + migration.name() + " (version " + migration.version() + ") in the order"
                        + " Atlas applies files" + (directory.format() == DirectoryFormat.FLYWAY ? "" : " (by name)")
                        + ", but has the higher version. " + orderFix(directory, previous, migration)
                        + ", then rewrite atlas.sum with " + SumAdvice.REWRITE + ".");
            }
            previous = migration;
        }
    }

    private static String orderFix(MigrationDirectory directory, Migration higher, Migration lower) {
        if (directory.format() == DirectoryFormat.FLYWAY || higher.version().parts().size() > 1
                || lower.version().parts().size() > 1) {
            return "Rename the files so that name order and version order agree";
        }
        int width = Math.max(higher.versionText().length(), lower.versionText().length());
        return "Zero-pad the versions so that name order is version order (e.g. " + padded(lower, width) + " and "
                + padded(higher, width) + ") or use timestamps (as the new command names files)";
    }

    private static String padded(Migration migration, int width) {
        String text = migration.versionText();
        return "0".repeat(width - text.length()) + migration.name();
    }

    /** Flyway skips versioned files at or below the baseline; Atlas, comparing versions as text, may not. */
    private static void checkBaseline(MigrationDirectory directory, List<Migration> migrations,
                                      List<String> problems) {
        Optional<Migration> baseline = migrations.stream()
                .filter(migration -> migration.kind() == MigrationKind.BASELINE)
                .findFirst();
        if (baseline.isEmpty()) {
            return;
        }
        Version base = baseline.get().version();
        for (Migration migration : migrations) {
            if (migration.kind() == MigrationKind.VERSIONED && migration.version().compareTo(base) <= 0) {
                problems.add(directory.display() + ": " + migration.name() + " (version " + migration.version()
                        + ") is at or below the baseline " + baseline.get().name() + " (version " + base + "), so"
                        + " Flyway would skip it on a fresh database while Atlas hashes and applies it (Atlas compares"
                        + " baseline versions as text). Delete it if the baseline covers it, or give it a version above "
                        + base + ", then rewrite atlas.sum with " + SumAdvice.REWRITE + ".");
            }
        }
    }

    private static void checkDuplicates(MigrationRoot root, List<List<Migration>> byDirectory,
                                        List<String> problems) {
        Map<Version, List<Migration>> byVersion = new LinkedHashMap<>();
        for (List<Migration> migrations : byDirectory) {
            for (Migration migration : migrations) {
                if (migration.version() != null) {
                    byVersion.computeIfAbsent(migration.version(), key -> new ArrayList<>()).add(migration);
                }
            }
        }
        for (List<Migration> same : byVersion.values()) {
            if (same.size() > 1) {
                problems.add(root.location().display() + ": " + same.stream().map(Migration::path)
                        .collect(Collectors.joining(" and ")) + " have the same version " + versions(same)
                        + "; every migration needs its own version. Rename all but one (e.g. after the current"
                        + " UTC time, as the new command names files), then rewrite atlas.sum with "
                        + SumAdvice.REWRITE + ".");
            }
        }
    }

    /** Flyway knows a repeatable file by its description alone, wherever it lies; two of them would be one. */
    private static void checkDuplicateRepeatables(MigrationRoot root, List<List<Migration>> byDirectory,
                                                  List<String> problems) {
        Map<String, List<Migration>> byKey = new LinkedHashMap<>();
        for (List<Migration> migrations : byDirectory) {
            for (Migration migration : migrations) {
                if (migration.kind() == MigrationKind.REPEATABLE) {
                    byKey.computeIfAbsent(migration.revisionKey(), key -> new ArrayList<>()).add(migration);
                }
            }
        }
        for (List<Migration> same : byKey.values()) {
            if (same.size() > 1) {
                problems.add(root.location().display() + ": " + same.stream().map(Migration::path)
                        .collect(Collectors.joining(" and ")) + " are repeatable migrations with the same description '"
                        + same.get(0).description() + "'; Flyway refuses them, as it knows repeatable migrations by"
                        + " description. Rename all but one, then rewrite atlas.sum with " + SumAdvice.REWRITE + ".");
            }
        }
    }

    private static String versions(List<Migration> same) {
        return same.stream().map(migration -> migration.version().text()).distinct()
                .collect(Collectors.joining(" = "));
    }

    private static void checkReleases(MigrationRoot root, List<List<Migration>> byDirectory, List<String> problems) {
        List<MigrationDirectory> directories = root.directories();
        Migration highestSoFar = null;
        for (int i = 0; i < directories.size(); i++) {
            MigrationDirectory directory = directories.get(i);
            if (i > 0) {
                MigrationDirectory before = directories.get(i - 1);
                if (before.releaseVersion().equals(directory.releaseVersion())) {
                    problems.add(root.location().display() + ": release folders " + before.release() + " and "
                            + directory.release() + " have the same version; rename one of them.");
                }
            }
            Migration lowest = null;
            Migration highest = null;
            for (Migration migration : byDirectory.get(i)) {
                if (migration.kind() == MigrationKind.BASELINE && i > 0) {
                    problems.add(directory.fileDisplay(migration.name()) + ": a baseline file is only allowed in the"
                            + " first release folder (" + directories.get(0).release() + "); move or remove it, then"
                            + " rewrite atlas.sum with " + SumAdvice.REWRITE + ".");
                }
                if (migration.version() == null) {
                    continue;
                }
                lowest = lowest == null || migration.version().compareTo(lowest.version()) < 0 ? migration : lowest;
                highest = highest == null || migration.version().compareTo(highest.version()) > 0 ? migration : highest;
            }
            if (lowest == null) {
                continue;
            }
            if (highestSoFar != null && lowest.version().compareTo(highestSoFar.version()) <= 0) {
                problems.add(root.location().display() + ": release " + directory.release() + " has " + lowest.path()
                        + " (version " + lowest.version() + "), which is not above " + highestSoFar.path()
                        + " (version " + highestSoFar.version() + ") of an earlier release; versions must increase"
                        + " from one release folder to the next. Renumber " + lowest.path() + " above "
                        + highestSoFar.version() + " (timestamps avoid this), then rewrite atlas.sum with "
                        + SumAdvice.REWRITE + ".");
            }
            if (highestSoFar == null || highest.version().compareTo(highestSoFar.version()) > 0) {
                highestSoFar = highest;
            }
        }
    }
}
