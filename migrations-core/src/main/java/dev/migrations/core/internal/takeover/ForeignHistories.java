package dev.migrations.core.internal.takeover;

import dev.migrations.core.result.ForeignTool;
import dev.migrations.core.error.TakeoverException;
import dev.migrations.core.internal.connect.TableName;
import dev.migrations.core.internal.revisions.Revision;
import dev.migrations.sql.migration.Migration;
import dev.migrations.sql.version.Version;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the history table another migration tool left in the database and reads it the way that tool does: which
 * files count as applied, which states it refuses to continue from, and the checksums it recorded. Reads only.
 *
 * <p>Where it looks, unless the history table option names one table: {@code flyway_schema_history},
 * {@code goose_db_version}, {@code schema_migrations} (golang-migrate when it has a {@code dirty} column, else
 * dbmate), {@code _prisma_migrations} and {@code atlas_schema_revisions} in the target schema, and
 * {@code atlas_schema_revisions} in schema {@code atlas_schema_revisions} (where the Atlas CLI keeps it when its URL
 * names no schema); this library's own revisions table and journal are never among them. The tool is recognised by
 * the table's columns, so a table of another name or schema works as well.
 */
public final class ForeignHistories {

    private static final Logger LOG = LoggerFactory.getLogger("dev.migrations");
    private static final String ATLAS_DEFAULT = "atlas_schema_revisions";

    private ForeignHistories() {
    }

    /** A table and the tool it belongs to. */
    private record ForeignTable(ForeignTool tool, TableName name) {
        String describe() {
            return tool.displayName() + "'s " + name.qualified();
        }
    }

    /**
     * Reads the other tool's history, matched to the directory and checked; empty when there is no such table.
     *
     * @throws TakeoverException when the history cannot be taken over as it is (nothing is written either way)
     */
    public static Optional<TakeoverPlan> read(Connection c, TakeoverContext context) throws SQLException {
        Optional<ForeignTable> table = find(c, context);
        if (table.isEmpty()) {
            return Optional.empty();
        }
        HistoryMatcher matcher = new HistoryMatcher(table.get().tool(), table.get().name(), context);
        switch (table.get().tool()) {
            case FLYWAY -> flyway(c, table.get().name(), matcher);
            case GOOSE -> goose(c, table.get().name(), matcher);
            case GOLANG_MIGRATE -> golangMigrate(c, table.get().name(), matcher, context);
            case DBMATE -> dbmate(c, table.get().name(), matcher);
            case PRISMA -> prisma(c, table.get().name(), matcher);
            case ATLAS -> atlas(c, table.get().name(), matcher, context);
            default -> throw new IllegalStateException();
        }
        return Optional.of(matcher.build());
    }

    /** The tables looked for when no history table is configured. */
    static List<TableName> defaultTables(String schema) {
        return List.of(new TableName(schema, "flyway_schema_history"), new TableName(schema, "goose_db_version"),
                new TableName(schema, "schema_migrations"), new TableName(schema, "_prisma_migrations"),
                new TableName(schema, ATLAS_DEFAULT), new TableName(ATLAS_DEFAULT, ATLAS_DEFAULT));
    }

    private static Optional<ForeignTable> find(Connection c, TakeoverContext context) throws SQLException {
        Set<TableName> candidates = new LinkedHashSet<>(context.historyTable().map(List::of)
                .orElseGet(() -> defaultTables(context.schema())));
        context.ownTables().forEach(candidates::remove);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        Set<TableName> existing = TableName.existing(c, List.copyOf(candidates));
        List<ForeignTable> found = new ArrayList<>();
        for (TableName name : candidates) {
            if (!existing.contains(name)) {
                continue;
            }
            Set<String> columns = name.columns(c).orElse(Set.of());
            Optional<ForeignTool> tool = identify(columns);
            if (tool.isPresent()) {
                found.add(new ForeignTable(tool.get(), name));
            } else if (context.historyTable().isPresent()) {
                throw new TakeoverException(TakeoverException.Reason.UNREADABLE, null, List.of(name.qualified()),
                        List.of(), "the history table " + name.qualified() + " is not the history of a tool this "
                        + "library can take over (Flyway, goose, golang-migrate, dbmate, Prisma, Atlas): its "
                        + "columns are " + columns.stream().sorted().collect(Collectors.joining(", ")) + ". Name the "
                        + "other tool's history table, as schema.table. Nothing was changed.");
            }
        }
        if (found.isEmpty()) {
            context.historyTable().ifPresent(t -> LOG.info("history table {} does not exist: nothing to take over",
                    t.qualified()));
            return Optional.empty();
        }
        if (found.size() > 1) {
            List<String> names = found.stream().map(t -> t.name().qualified()).toList();
            throw new TakeoverException(TakeoverException.Reason.SEVERAL_TABLES, null, names, List.of(),
                    "schema \"" + context.schema() + "\" has no revisions yet, and the database holds the histories "
                    + "of more than one other migration tool: " + found.stream().map(ForeignTable::describe)
                    .collect(Collectors.joining(" and ")) + ". Say which one records what this database has "
                    + "applied with historyTable(\"" + found.get(0).name().schema() + "." + found.get(0).name().table()
                    + "\"), and run again. Nothing was changed.");
        }
        return Optional.of(found.get(0));
    }

    /** The tool whose history table has these columns. */
    static Optional<ForeignTool> identify(Set<String> columns) {
        if (columns.containsAll(Set.of("installed_rank", "version", "type", "checksum", "success"))) {
            return Optional.of(ForeignTool.FLYWAY);
        }
        if (columns.containsAll(Set.of("version_id", "is_applied"))) {
            return Optional.of(ForeignTool.GOOSE);
        }
        if (columns.containsAll(Set.of("migration_name", "checksum", "finished_at", "rolled_back_at"))) {
            return Optional.of(ForeignTool.PRISMA);
        }
        if (columns.containsAll(Set.of("version", "type", "applied", "total", "hash", "error"))) {
            return Optional.of(ForeignTool.ATLAS);
        }
        if (columns.containsAll(Set.of("version", "dirty"))) {
            return Optional.of(ForeignTool.GOLANG_MIGRATE);
        }
        if (columns.contains("version")) {
            return Optional.of(ForeignTool.DBMATE);
        }
        return Optional.empty();
    }

    // ---------------------------------------------------------------------------------------------------- Flyway

    private record FlywayRow(int rank, String version, String description, String type, String script,
            Integer checksum, Instant installedOn, int executionMillis, boolean success) {

        String label() {
            return version != null ? "version " + version + " (" + description + ")"
                    : "repeatable migration " + description;
        }

        /** Flyway's own words for the failed row ({@code Detected failed migration to version 3 (items)}). */
        String failedMessage() {
            return version != null ? "Detected failed migration to version " + version + " (" + description + ")"
                    : "Detected failed repeatable migration: " + description;
        }

        /** A row of a repeatable migration: no version, and not one of Flyway's markers. */
        boolean repeatable() {
            return version == null && !type.equals("SCHEMA") && !type.endsWith("BASELINE");
        }
    }

    /**
     * Flyway: successful {@code SQL}/{@code JDBC} rows are applied; the latest {@code BASELINE} row (also a
     * {@code SQL_BASELINE} migration) covers every version up to it; {@code SCHEMA} rows are markers; a
     * {@code DELETE} row (written by {@code repair} for a removed file) and an {@code UNDO_*} row take their version
     * back. Rows without a version are repeatable migrations, known by their description as Flyway knows them: the
     * latest row of each (a {@code DELETE} row forgets the earlier ones) is matched to the directory's
     * {@code R__} file of that description; when its checksum is the file's, the file is applied, otherwise it
     * changed since and runs again (Flyway's "outdated"); a row with no file is left alone. A failed versioned row,
     * or a repeatable migration whose latest row failed, is refused, as Flyway refuses it until {@code repair}.
     */
    private static void flyway(Connection c, TableName table, HistoryMatcher matcher) throws SQLException {
        List<FlywayRow> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT \"installed_rank\", "
                + "\"version\", \"description\", \"type\", \"script\", \"checksum\", \"installed_on\", "
                + "\"execution_time\", \"success\" FROM " + table.qualified() + " ORDER BY \"installed_rank\"")) {
            while (rs.next()) {
                rows.add(new FlywayRow(rs.getInt(1), rs.getString(2), rs.getString(3),
                        String.valueOf(rs.getString(4)).toUpperCase(Locale.ROOT), rs.getString(5),
                        rs.getObject(6, Integer.class), instant(rs.getTimestamp(7)), rs.getInt(8), rs.getBoolean(9)));
            }
        }
        Map<String, FlywayRow> repeatables = new LinkedHashMap<>();
        for (FlywayRow r : rows) {
            if (!r.repeatable()) {
                continue;
            }
            String description = String.valueOf(r.description());
            if (r.type().equals("DELETE")) {
                if (r.success()) {
                    repeatables.remove(description);
                }
            } else {
                repeatables.put(description, r);
            }
        }
        // a repeatable migration's failed run is over once a later run of it succeeded (Flyway: superseded)
        List<FlywayRow> failed = rows.stream().filter(r -> !r.success()
                && (!r.repeatable() || repeatables.get(String.valueOf(r.description())) == r)).toList();
        if (!failed.isEmpty()) {
            FlywayRow f = failed.get(0);
            throw new TakeoverException(TakeoverException.Reason.FAILED_MIGRATION, ForeignTool.FLYWAY,
                    List.of(table.qualified()), failed.stream().map(r -> r.version() == null ? r.description()
                            : r.version()).toList(), matcher.history() + " records a failed migration: "
                    + f.label() + ", installed " + f.installedOn() + " with success = false"
                    + (failed.size() > 1 ? " (and " + (failed.size() - 1) + " more)" : "") + ". Flyway itself "
                    + "refuses to continue from here (\"" + f.failedMessage() + "\"): remove whatever that "
                    + "migration left half-done in the database, run 'flyway repair' (it deletes the failed row), then "
                    + "run again. Nothing was changed.");
        }
        Map<String, FlywayRow> applied = new LinkedHashMap<>();
        FlywayRow baseline = null;
        for (FlywayRow r : rows) {
            String type = r.type();
            if (type.equals("SCHEMA") || r.version() == null) {
                continue;
            }
            String key = versionKey(r.version());
            if (type.equals("DELETE") || type.startsWith("UNDO_")) {
                applied.remove(key);
            } else if (type.endsWith("BASELINE")) {
                baseline = r;
            } else {
                applied.put(key, r);
            }
        }
        if (baseline != null && baseline.version() != null) {
            matcher.baseline(baseline.version(), baseline.description(), baseline.installedOn(), null);
            if (baseline.type().equals("SQL_BASELINE")) {
                Optional<Migration> file = matcher.find(baseline.version());
                if (file.isPresent()) {
                    verifyFlyway(matcher, file.get(), baseline);
                }
            }
        }
        for (FlywayRow r : applied.values()) {
            Optional<Migration> file = matcher.find(r.version());
            if (file.isEmpty()) {
                matcher.missing(r.version(), r.description());
                continue;
            }
            if (r.type().equals("SQL")) {
                verifyFlyway(matcher, file.get(), r);
            }
            matcher.applied(file.get(), r.installedOn(), r.executionMillis() * 1_000_000L);
        }
        List<String> withoutFile = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        for (FlywayRow r : repeatables.values()) {
            Optional<Migration> file = matcher.findRepeatable(r.description(), r.script());
            if (file.isEmpty()) {
                withoutFile.add(r.description());
                continue;
            }
            if (!matched.add(file.get().path())) {
                continue;
            }
            int actual = FlywayChecksum.of(file.get().content());
            if (r.type().equals("SQL") && r.checksum() != null && r.checksum() == actual) {
                matcher.applied(file.get(), r.installedOn(), r.executionMillis() * 1_000_000L);
            } else {
                matcher.changedRepeatable(file.get(), r.type().equals("SQL") && r.checksum() != null
                        ? "Flyway recorded checksum " + r.checksum() + ", the file's is " + actual
                        : "Flyway recorded a " + r.type() + " migration with checksum " + r.checksum());
            }
        }
        if (!withoutFile.isEmpty()) {
            LOG.debug("{} records repeatable migration(s) the directory has no file for, left alone: {}",
                    matcher.history(), String.join(", ", withoutFile));
        }
    }

    private static void verifyFlyway(HistoryMatcher matcher, Migration file, FlywayRow row) {
        if (row.checksum() == null) {
            return;
        }
        int actual = FlywayChecksum.of(file.content());
        if (actual != row.checksum()) {
            matcher.mismatch(file, row.version(), "Flyway recorded checksum " + row.checksum() + ", the file's is "
                    + actual + " (Flyway: \"Migration checksum mismatch for migration version " + row.version()
                    + "\")");
        }
    }

    // ----------------------------------------------------------------------------------------------------- goose

    /** The latest row of a goose version: applied or rolled back, and when. */
    private record GooseRow(boolean applied, Instant at) {
    }

    /** goose: the latest row of each {@code version_id} says whether it is applied; version 0 is goose's own. */
    private static void goose(Connection c, TableName table, HistoryMatcher matcher) throws SQLException {
        Map<Long, GooseRow> latest = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT \"version_id\", "
                + "\"is_applied\", \"tstamp\" FROM " + table.qualified() + " ORDER BY \"id\"")) {
            while (rs.next()) {
                if (rs.getLong(1) != 0) {
                    latest.put(rs.getLong(1), new GooseRow(rs.getBoolean(2), instant(rs.getTimestamp(3))));
                }
            }
        }
        latest.forEach((version, row) -> {
            if (!row.applied()) {
                return;
            }
            Optional<Migration> file = matcher.find(Long.toString(version));
            if (file.isEmpty()) {
                matcher.missing(Long.toString(version), null);
            } else {
                matcher.applied(file.get(), row.at(), 0);
            }
        });
    }

    // -------------------------------------------------------------------------------------------- golang-migrate

    /**
     * golang-migrate: one row; every file up to its version is applied. {@code dirty = true} means the last run
     * stopped part-way through that version's file, and is refused as golang-migrate refuses it.
     */
    private static void golangMigrate(Connection c, TableName table, HistoryMatcher matcher, TakeoverContext context)
            throws SQLException {
        String version = null;
        boolean dirty = false;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT \"version\"::text, "
                + "\"dirty\" FROM " + table.qualified() + " ORDER BY \"version\" DESC")) {
            while (rs.next()) {
                if (version == null) {
                    version = rs.getString(1);
                }
                dirty |= rs.getBoolean(2);
            }
        }
        if (version == null) {
            return;
        }
        Optional<Migration> file = matcher.find(version);
        if (dirty) {
            throw golangDirty(table, matcher, context, version, file);
        }
        if (file.isEmpty()) {
            matcher.missing(version, null);
            return;
        }
        for (Migration m : matcher.upTo(file.get().version())) {
            matcher.applied(m, Instant.now(), 0);
        }
    }

    private static TakeoverException golangDirty(TableName table, HistoryMatcher matcher, TakeoverContext context,
            String version, Optional<Migration> file) {
        Optional<Version> v = Version.tryParse(version);
        String previous = "-1";
        for (Migration m : context.files()) {
            if (m.version() != null && v.isPresent() && m.version().compareTo(v.get()) < 0) {
                previous = HistoryMatcher.key(m.version());
            }
        }
        return new TakeoverException(TakeoverException.Reason.DIRTY, ForeignTool.GOLANG_MIGRATE,
                List.of(table.qualified()), List.of(version), matcher.history() + " says \"Dirty database version "
                + version + "\": golang-migrate's last run of " + file.map(Migration::path)
                .orElse("version " + version) + " failed part-way, so the database may hold part of that file's "
                + "changes. golang-migrate's 'force' only rewrites the recorded version and clears the dirty flag, it "
                + "does not touch the schema: 'migrate force " + version + "' declares that file complete, "
                + "'migrate force " + previous + "' declares that it never ran. Finish or undo the file's changes "
                + "by hand so the schema matches one of the two, record that with the matching 'migrate ... force', "
                + "then run again. Nothing was changed.");
    }

    // ---------------------------------------------------------------------------------------------------- dbmate

    /** dbmate: one row per applied file. */
    private static void dbmate(Connection c, TableName table, HistoryMatcher matcher) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT \"version\"::text FROM "
                + table.qualified() + " ORDER BY 1")) {
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
        }
        for (String version : versions) {
            Optional<Migration> file = matcher.find(version);
            if (file.isEmpty()) {
                matcher.missing(version, null);
            } else {
                matcher.applied(file.get(), Instant.now(), 0);
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------- Prisma

    private record PrismaRow(String name, String checksum, Instant startedAt, Instant finishedAt,
            Instant rolledBackAt) {
    }

    /**
     * Prisma: a row with {@code finished_at} set and {@code rolled_back_at} NULL is applied (a name may have
     * several rows); a row with neither is a failed migration, refused as Prisma refuses it (P3009).
     */
    private static void prisma(Connection c, TableName table, HistoryMatcher matcher) throws SQLException {
        List<PrismaRow> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT \"migration_name\", "
                + "\"checksum\", \"started_at\", \"finished_at\", \"rolled_back_at\" FROM " + table.qualified()
                + " ORDER BY \"started_at\", \"migration_name\"")) {
            while (rs.next()) {
                rows.add(new PrismaRow(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)),
                        nullableInstant(rs.getTimestamp(4)), nullableInstant(rs.getTimestamp(5))));
            }
        }
        List<PrismaRow> failed = rows.stream().filter(r -> r.finishedAt() == null && r.rolledBackAt() == null)
                .toList();
        if (!failed.isEmpty()) {
            PrismaRow f = failed.get(0);
            throw new TakeoverException(TakeoverException.Reason.FAILED_MIGRATION, ForeignTool.PRISMA,
                    List.of(table.qualified()), failed.stream().map(PrismaRow::name).distinct().toList(),
                    matcher.history() + " records a failed migration: " + f.name() + " started at " + f.startedAt()
                    + " and neither finished nor was rolled back" + (failed.size() > 1 ? " (and " + (failed.size()
                    - 1) + " more)" : "") + ". Prisma refuses to deploy until it is resolved (P3009). If its "
                    + "changes were rolled back or never happened, run 'prisma migrate resolve --rolled-back "
                    + f.name() + "'; if you completed it by hand, run 'prisma migrate resolve --applied " + f.name()
                    + "'; then run again. Nothing was changed.");
        }
        Map<String, List<PrismaRow>> applied = new LinkedHashMap<>();
        for (PrismaRow r : rows) {
            if (r.finishedAt() != null && r.rolledBackAt() == null) {
                applied.computeIfAbsent(r.name(), n -> new ArrayList<>()).add(r);
            }
        }
        for (Map.Entry<String, List<PrismaRow>> e : applied.entrySet()) {
            Optional<Migration> file = matcher.findByName(e.getKey());
            if (file.isEmpty()) {
                matcher.missing(e.getKey(), null);
                continue;
            }
            for (PrismaRow r : e.getValue()) {
                if (r.checksum() != null && !r.checksum().isBlank()
                        && !PrismaChecksum.matches(file.get().content(), r.checksum())) {
                    matcher.mismatch(file.get(), e.getKey(), "Prisma recorded checksum " + r.checksum() + ", the "
                            + "file's SHA-256 is " + PrismaChecksum.of(file.get().content()) + " (Prisma: \"The "
                            + "migration " + e.getKey() + " was modified after it was applied\")");
                    break;
                }
            }
            PrismaRow last = e.getValue().get(e.getValue().size() - 1);
            matcher.applied(file.get(), last.finishedAt(),
                    Math.max(0, Duration.between(last.startedAt(), last.finishedAt()).toNanos()));
        }
    }

    // ----------------------------------------------------------------------------------------------------- Atlas

    /**
     * The Atlas CLI's revisions table in another location than this library's: a row with {@code applied = total}
     * and no error is applied (type 2, or 4 for {@code migrate set}); the latest type-1 row is the baseline; the
     * rows are copied as Atlas wrote them. A row with an error or {@code applied < total} is a partly applied file
     * and is refused. Rows whose version starts with a dot are Atlas's own bookkeeping
     * ({@code .atlas_cloud_identifiers}).
     */
    private static void atlas(Connection c, TableName table, HistoryMatcher matcher, TakeoverContext context)
            throws SQLException {
        List<Revision> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT \"version\", "
                + "\"description\", \"type\", \"applied\", \"total\", \"executed_at\", \"execution_time\", \"error\", "
                + "\"hash\", \"operator_version\" FROM " + table.qualified())) {
            while (rs.next()) {
                String error = rs.getString(8);
                rows.add(new Revision(rs.getString(1), String.valueOf(rs.getString(2)), rs.getLong(3),
                        rs.getLong(4), rs.getLong(5), instant(rs.getTimestamp(6)), rs.getLong(7),
                        error == null || error.isEmpty() ? null : error, null, String.valueOf(rs.getString(9)), null,
                        String.valueOf(rs.getString(10))));
            }
        }
        rows.removeIf(r -> r.version() == null || r.version().startsWith("."));
        rows.sort((a, b) -> compareVersions(a.version(), b.version()));
        for (Revision r : rows) {
            if (!r.hasKnownType()) {
                throw new TakeoverException(TakeoverException.Reason.UNREADABLE, ForeignTool.ATLAS,
                        List.of(table.qualified()), List.of(r.version()), matcher.history() + " has version "
                        + r.version() + " with type " + r.type() + ", which is not a revision type (1 baseline, 2 "
                        + "applied, 4 set, or their sums). Correct the row with Atlas ('atlas migrate set') or by "
                        + "hand, then run again. Nothing was changed.");
            }
            if (r.isPartial()) {
                throw new TakeoverException(TakeoverException.Reason.FAILED_MIGRATION, ForeignTool.ATLAS,
                        List.of(table.qualified()), List.of(r.version()), matcher.history() + " records version "
                        + r.version() + " (" + r.description() + ") as partly applied: " + r.applied() + " of "
                        + r.total() + " statements" + (r.error() == null ? "" : ", error: " + r.error()) + ". Finish "
                        + "it with Atlas ('atlas migrate apply' resumes it once the file is fixed), or mark it done "
                        + "with 'atlas migrate set " + r.version() + "' if you completed it by hand, then run again; "
                        + "or let this library resume it by using that table as its revisions table (revisionsSchema(\""
                        + table.schema() + "\") and revisionsTable(\"" + table.table() + "\")). Nothing was changed.");
            }
        }
        for (Revision r : rows) {
            if ((r.type() & Revision.BASELINE) != 0) {
                Optional<Migration> file = matcher.find(r.version());
                matcher.baseline(r.version(), r.description(), r.executedAt(),
                        file.map(m -> withVersion(r, m.versionText())).orElse(r));
                continue;
            }
            Optional<Migration> file = matcher.find(r.version());
            if (file.isEmpty()) {
                matcher.missing(r.version(), r.description());
                continue;
            }
            Migration m = file.get();
            if (!r.hash().isEmpty() && !m.hash().isEmpty() && !r.hash().equals(m.hash())) {
                matcher.mismatch(m, r.version(), "Atlas recorded hash " + r.hash() + ", the file's atlas.sum entry "
                        + "is " + m.hash() + " (Atlas: \"migration file " + m.path() + " was changed after it was "
                        + "applied\")");
            }
            matcher.applied(m, withVersion(r, m.versionText()));
        }
    }

    private static Revision withVersion(Revision r, String version) {
        return new Revision(version, r.description(), r.type(), r.applied(), r.total(), r.executedAt(),
                r.executionNanos(), null, null, r.hash(), null, r.operatorVersion());
    }

    // ---------------------------------------------------------------------------------------------------- shared

    private static String versionKey(String recorded) {
        return Version.tryParse(recorded.strip()).map(HistoryMatcher::key).orElse(recorded);
    }

    private static int compareVersions(String a, String b) {
        Optional<Version> va = Version.tryParse(a);
        Optional<Version> vb = Version.tryParse(b);
        return va.isPresent() && vb.isPresent() ? va.get().compareTo(vb.get()) : a.compareTo(b);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? Instant.now() : t.toInstant();
    }

    private static Instant nullableInstant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
