package dev.migrations.core;

import dev.migrations.sql.migration.Migration;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Which files a lint run checks. The files before them are still read, in order, so the linter knows which tables
 * existed before each checked file.
 *
 * @param kind   how the files are chosen
 * @param latest for {@link Kind#LATEST}: how many of the last files
 * @param paths  for {@link Kind#PATHS}: the paths relative to the directory
 */
public record LintScope(Kind kind, int latest, Set<String> paths) {

    /** How the files are chosen. */
    public enum Kind { ALL, LATEST, PATHS }

    public LintScope {
        Objects.requireNonNull(kind, "kind");
        paths = Set.copyOf(Objects.requireNonNull(paths, "paths"));
        if (kind == Kind.LATEST && latest < 1) {
            throw new IllegalArgumentException("latest needs at least 1 file, was " + latest);
        }
    }

    /** Every file. */
    public static LintScope all() {
        return new LintScope(Kind.ALL, 0, Set.of());
    }

    /** The last {@code count} files in apply order. */
    public static LintScope latest(int count) {
        return new LintScope(Kind.LATEST, count, Set.of());
    }

    /** The files at these paths, relative to the migration directory (e.g. the files changed on a branch). */
    public static LintScope paths(Set<String> paths) {
        return new LintScope(Kind.PATHS, 0, paths);
    }

    /** The files of {@code all} (in apply order) this scope checks. */
    public Set<Migration> select(List<Migration> all) {
        return switch (kind) {
            case ALL -> new HashSet<>(all);
            case LATEST -> new HashSet<>(all.subList(Math.max(0, all.size() - latest), all.size()));
            case PATHS -> {
                Set<Migration> selected = new HashSet<>();
                all.stream().filter(m -> paths.contains(m.path())).forEach(selected::add);
                yield selected;
            }
        };
    }
}
