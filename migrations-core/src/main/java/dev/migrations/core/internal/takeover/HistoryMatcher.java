package dev.migrations.core.internal.takeover;

import dev.migrations.sql.internal.advice.SumAdvice;
import dev.migrations.core.result.ForeignTool;
import dev.migrations.core.error.TakeoverException;
import dev.migrations.core.internal.connect.TableName;
import dev.migrations.core.internal.revisions.Revision;
import dev.migrations.sql.migration.Migration;
import dev.migrations.sql.version.Version;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Matches what another tool's history records to the directory's files and collects what does not match, then
 * builds the {@link TakeoverPlan} or refuses it. Versions match by value ({@code 1}, {@code 01} and {@code 1.0} are
 * one version, as the directory's own rules have it), Prisma migrations by folder name.
 */
final class HistoryMatcher {

    private static final int LISTED = 10;
    private static final int FLYWAY_DESCRIPTION_MAX = 200;

    private final ForeignTool tool;
    private final TableName table;
    private final TakeoverContext context;
    private final Map<String, Migration> byVersion = new HashMap<>();
    private final Map<String, Migration> byName = new HashMap<>();
    private final Map<String, Migration> repeatableByDescription = new HashMap<>();
    private final Map<String, Migration> repeatableByPath = new HashMap<>();
    private final Map<String, String> changedRepeatables = new LinkedHashMap<>();
    private final Map<String, TakeoverPlan.Imported> imported = new LinkedHashMap<>();
    private final Map<String, String> missing = new LinkedHashMap<>();
    private final List<String> mismatches = new ArrayList<>();
    private final List<String> mismatchedVersions = new ArrayList<>();
    private Revision baseline;
    private String baselineRecorded;

    HistoryMatcher(ForeignTool tool, TableName table, TakeoverContext context) {
        this.tool = tool;
        this.table = table;
        this.context = context;
        for (Migration m : context.files()) {
            if (m.version() != null) {
                byVersion.put(key(m.version()), m);
                byName.put(migrationName(m), m);
            } else {
                repeatableByDescription.putIfAbsent(flywayDescription(m), m);
                repeatableByPath.putIfAbsent(m.path(), m);
            }
        }
    }

    /** {@code Flyway's history "public"."flyway_schema_history"}: how messages name the table. */
    String history() {
        return tool.displayName() + "'s history " + table.qualified();
    }

    /** The directory file of a recorded version, if any. */
    Optional<Migration> find(String recordedVersion) {
        return Version.tryParse(recordedVersion.strip()).map(v -> byVersion.get(key(v)));
    }

    /**
     * The directory file of a Prisma migration name ({@code 20240101120000_init}): the folder of a Prisma layout
     * file, the file name without {@code .sql} (or {@code .up.sql}) in other layouts.
     */
    Optional<Migration> findByName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /**
     * The directory's repeatable file of a Flyway history row without a version: by its description, as Flyway
     * knows repeatable migrations ({@code R__user_views.sql} is {@code user views}), else by its script (the path
     * relative to the location).
     */
    Optional<Migration> findRepeatable(String description, String script) {
        Migration m = description == null ? null : repeatableByDescription.get(description);
        if (m == null && script != null) {
            m = repeatableByPath.get(script);
        }
        return Optional.ofNullable(m);
    }

    /** The directory files up to a version, in directory order. */
    List<Migration> upTo(Version limit) {
        return context.files().stream().filter(m -> m.version() != null && m.version().compareTo(limit) <= 0)
                .toList();
    }

    /**
     * Records a file as applied with a revisions row written for it, under its key (a repeatable file's
     * {@code R__<description>}): with its journal row, it is not run again (a repeatable file until it changes).
     */
    void applied(Migration file, Instant executedAt, long executionNanos) {
        imported.put(file.revisionKey(), new TakeoverPlan.Imported(file, new Revision(file.revisionKey(),
                file.description(), Revision.APPLIED, 0, 0, executedAt, Math.max(0, executionNanos), null, null,
                file.hash(), null, context.operatorVersion() + " (taken over from " + tool.displayName() + ")")));
    }

    /**
     * A repeatable file the other tool applied with other content: nothing is recorded for it, so it runs again
     * (as the other tool would run it); {@code sentence} says how it differs.
     */
    void changedRepeatable(Migration file, String sentence) {
        changedRepeatables.put(file.path(), sentence);
    }

    /** Records a file as applied with the row the other tool wrote (Atlas: the same table layout). */
    void applied(Migration file, Revision row) {
        imported.put(file.revisionKey(), new TakeoverPlan.Imported(file, row));
    }

    /** A recorded version (or Prisma migration name) with no file in the directory. */
    void missing(String recorded, String description) {
        missing.putIfAbsent(recorded, description == null || description.isBlank() ? "" : " (" + description + ")");
    }

    /** A file that differs from what the other tool applied; {@code sentence} says how. */
    void mismatch(Migration file, String recordedVersion, String sentence) {
        mismatchedVersions.add(recordedVersion);
        mismatches.add(file.path() + " (version " + file.versionText() + "): " + sentence);
    }

    /**
     * The other tool's baseline: files up to it count as applied without a row each.
     *
     * @param recordedVersion the version as the tool wrote it
     * @param row             the row to write, or null to write this library's baseline row
     */
    void baseline(String recordedVersion, String description, Instant executedAt, Revision row) {
        Optional<Migration> file = find(recordedVersion);
        String version = file.map(Migration::versionText).orElse(recordedVersion.strip());
        this.baselineRecorded = recordedVersion;
        this.baseline = row != null ? row : new Revision(version,
                file.map(Migration::description).orElse(description == null ? "" : description), Revision.BASELINE,
                0, 0, executedAt, 0, null, null, "", null,
                context.operatorVersion() + " (taken over from " + tool.displayName() + ")");
    }

    /** The plan, or the refusal naming every missing file, then every changed file. */
    TakeoverPlan build() {
        Optional<Version> baselineVersion = Optional.empty();
        if (baseline != null) {
            baselineVersion = Version.tryParse(baseline.version());
            Version last = context.files().stream().map(Migration::version).filter(v -> v != null)
                    .max(Version::compareTo).orElse(null);
            boolean isFile = find(baselineRecorded).isPresent();
            if (baselineVersion.isEmpty() || (!isFile && (last == null || baselineVersion.get().compareTo(last) > 0))) {
                missing(baselineRecorded, "baseline");
            }
        }
        if (!missing.isEmpty()) {
            throw missingFiles();
        }
        if (!mismatches.isEmpty()) {
            throw changedFiles();
        }
        List<Migration> counted = new ArrayList<>();
        List<TakeoverPlan.Imported> rows = new ArrayList<>();
        List<TakeoverPlan.Changed> changed = new ArrayList<>();
        Version latest = baselineVersion.orElse(null);
        String latestText = baseline == null ? null : baseline.version();
        for (Migration m : context.files()) {
            TakeoverPlan.Imported row = imported.get(m.revisionKey());
            if (m.version() == null) {
                if (row != null) {
                    rows.add(row);
                    counted.add(m);
                } else if (changedRepeatables.containsKey(m.path())) {
                    changed.add(new TakeoverPlan.Changed(m, changedRepeatables.get(m.path())));
                }
            } else if (row != null) {
                rows.add(row);
                counted.add(m);
                if (latest == null || m.version().compareTo(latest) > 0) {
                    latest = m.version();
                    latestText = m.versionText();
                }
            } else if (baselineVersion.isPresent() && m.version() != null
                    && m.version().compareTo(baselineVersion.get()) <= 0) {
                counted.add(m);
            }
        }
        return new TakeoverPlan(tool, table, Optional.ofNullable(baseline), rows, counted, changed,
                Optional.ofNullable(latestText));
    }

    private TakeoverException missingFiles() {
        String listed = missing.entrySet().stream().limit(LISTED).map(e -> e.getKey() + e.getValue())
                .collect(Collectors.joining(", ")) + (missing.size() > LISTED ? ", ..." : "");
        return new TakeoverException(TakeoverException.Reason.MISSING_FILE, tool, List.of(table.qualified()),
                List.copyOf(missing.keySet()), history() + " records " + (tool == ForeignTool.PRISMA ? "migration(s)"
                        : "version(s)") + " that " + context.directory() + " does not have: " + listed + ". The "
                        + "database is ahead of this directory (an older release of the application, or files "
                        + "removed or renamed since). Deploy the release that has these files, or restore them (then "
                        + "rewrite atlas.sum with " + SumAdvice.REWRITE + "), and run again. Nothing was "
                        + "changed.");
    }

    private TakeoverException changedFiles() {
        String listed = mismatches.stream().limit(LISTED).collect(Collectors.joining("; "))
                + (mismatches.size() > LISTED ? "; ..." : "");
        return new TakeoverException(TakeoverException.Reason.CHECKSUM_MISMATCH, tool, List.of(table.qualified()),
                List.copyOf(new LinkedHashSet<>(mismatchedVersions)), "migration file(s) changed since "
                        + tool.displayName() + " applied them (" + history() + "): " + listed + ". Restore the "
                        + "file(s) as they were applied (from version control); " + acceptAdvice() + " Nothing was "
                        + "changed.");
    }

    /** How to accept a deliberate edit in the other tool's own terms. */
    private String acceptAdvice() {
        return switch (tool) {
            case FLYWAY -> "if an edit was deliberate and the database already matches it, let Flyway accept it "
                    + "first ('flyway repair' records the current checksums), then run again.";
            case PRISMA -> "if an edit was deliberate and the database already matches it, set the row's checksum in "
                    + table.qualified() + " to the file's SHA-256 (shown above), then run again.";
            default -> "if an edit was deliberate and the database already matches it, set the row's hash in "
                    + table.qualified() + " to the file's atlas.sum entry (shown above), then run again.";
        };
    }

    /** A version's identity: its numeric parts without trailing zero parts ({@code 1.0} and {@code 01} are 1). */
    static String key(Version v) {
        List<BigInteger> parts = new ArrayList<>(v.parts());
        while (parts.size() > 1 && parts.get(parts.size() - 1).signum() == 0) {
            parts.remove(parts.size() - 1);
        }
        return parts.stream().map(BigInteger::toString).collect(Collectors.joining("."));
    }

    /**
     * The description Flyway records for a repeatable file: the part after {@code R__}, underscores as spaces,
     * abbreviated to its column's 200 characters as Flyway abbreviates it.
     */
    static String flywayDescription(Migration m) {
        String d = m.description().replace('_', ' ');
        return d.length() > FLYWAY_DESCRIPTION_MAX ? d.substring(0, FLYWAY_DESCRIPTION_MAX - 3) + "..." : d;
    }

    /** The Prisma migration name of a file. */
    static String migrationName(Migration m) {
        String name = m.name();
        return switch (m.format()) {
            case PRISMA -> {
                int slash = name.lastIndexOf('/');
                yield slash < 0 ? name : name.substring(0, slash);
            }
            case GOLANG_MIGRATE -> strip(name, ".up.sql");
            default -> strip(name, ".sql");
        };
    }

    private static String strip(String name, String suffix) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        return base.endsWith(suffix) ? base.substring(0, base.length() - suffix.length()) : base;
    }
}
