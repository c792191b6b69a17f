package dev.migrations.sql.dir;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The layout of a migration directory: which files are migrations, in which order Atlas hashes them, and (through
 * {@link dev.migrations.sql.layout}) which part of each file runs in which transaction.
 */
public enum DirectoryFormat {
    /** Atlas's own layout: top-level {@code *.sql}, ordered by name; applied in name order. */
    ATLAS("atlas"),
    /** Flyway's layout: {@code V}/{@code B}/{@code R} files, recursively; baseline, versioned, repeatable. */
    FLYWAY("flyway"),
    /**
     * golang-migrate's layout: top-level {@code *.up.sql}, hashed by name, applied in numeric version order;
     * {@code *.down.sql} ignored.
     */
    GOLANG_MIGRATE("golang-migrate"),
    /**
     * goose's layout: top-level {@code <version>_<name>.sql}, hashed by name, applied in numeric version order; only
     * the {@code -- +goose Up} section runs.
     */
    GOOSE("goose"),
    /**
     * dbmate's layout: top-level {@code <version>_<name>.sql}, hashed and applied in name order; only the
     * {@code -- migrate:up} section runs.
     */
    DBMATE("dbmate"),
    /**
     * Prisma Migrate's layout: one folder per migration, {@code <timestamp>_<name>/migration.sql}, in folder name
     * order, next to {@code migration_lock.toml}.
     */
    PRISMA("prisma"),
    /** Not a layout: recognise it from the files (the default). Reading resolves it to one of the others. */
    AUTO("auto");

    private final String cliName;

    DirectoryFormat(String cliName) {
        this.cliName = cliName;
    }

    /** The name used on the command line and in Atlas URLs, e.g. {@code golang-migrate}. */
    public String cliName() {
        return cliName;
    }

    /**
     * The version text Atlas reads from a migration file name of this layout, unvalidated.
     * <ul>
     *   <li>atlas: the name before the first '_' ({@code 20240101120000_init.sql} gives {@code 20240101120000},
     *       {@code 1.sql} gives {@code 1})</li>
     *   <li>golang-migrate: the same after removing {@code .up.sql} ({@code 1_init.up.sql} gives {@code 1})</li>
     *   <li>flyway: between the prefix letter and {@code __} ({@code V1_2__add_users.sql} gives {@code 1_2},
     *       which is Flyway version 1.2); "" for repeatable ({@code R}) files</li>
     *   <li>goose: as atlas ({@code 00001_init.sql} gives {@code 00001})</li>
     *   <li>dbmate: the leading digits ({@code 20240101120000_init.sql} gives {@code 20240101120000})</li>
     *   <li>prisma: the folder name before its first '_' ({@code 20240101120000_init/migration.sql} gives
     *       {@code 20240101120000})</li>
     * </ul>
     *
     * @param name the file name relative to the directory, '/'-separated
     */
    public String versionOf(String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        return switch (this) {
            case ATLAS -> beforeFirst(withoutSuffix(base, ".sql"), "_");
            case GOLANG_MIGRATE -> beforeFirst(withoutSuffix(base, ".up.sql"), "_");
            case FLYWAY -> base.charAt(0) == 'R' ? "" : beforeFirst(withoutSuffix(base, ".sql"), "__").substring(1);
            case GOOSE -> beforeFirst(withoutSuffix(base, ".sql"), "_");
            case DBMATE -> leadingDigits(base);
            case PRISMA -> beforeFirst(folderOf(name), "_");
            case AUTO -> throw new IllegalStateException("the layout of the directory is not known yet");
        };
    }

    /**
     * The description Atlas reads from a migration file name of this layout: the text after the first '_'
     * (flyway: after the first {@code __} of the path) without {@code .sql} (golang-migrate: without
     * {@code .up.sql}); "" when there is none. {@code V1_2__add_users.sql} gives {@code add_users}.
     *
     * @param name the file name relative to the directory, '/'-separated
     */
    public String descriptionOf(String name) {
        return switch (this) {
            case ATLAS -> withoutSuffix(afterFirst(name, "_"), ".sql");
            case GOLANG_MIGRATE -> withoutSuffix(withoutSuffix(afterFirst(name, "_"), ".sql"), ".up");
            case FLYWAY -> withoutSuffix(afterFirst(name, "__"), ".sql");
            case GOOSE, DBMATE -> withoutSuffix(afterFirst(name, "_"), ".sql");
            case PRISMA -> afterFirst(folderOf(name), "_");
            case AUTO -> throw new IllegalStateException("the layout of the directory is not known yet");
        };
    }

    /**
     * Whether files are applied in numeric version order although Atlas hashes them by name (golang-migrate and goose
     * order by version number, so {@code 6_x} runs before {@code 69_y} whatever their names).
     */
    public boolean appliesInVersionOrder() {
        return this == FLYWAY || this == GOLANG_MIGRATE || this == GOOSE;
    }

    private static String folderOf(String name) {
        int slash = name.lastIndexOf('/');
        String folder = slash < 0 ? name : name.substring(0, slash);
        return folder.substring(folder.lastIndexOf('/') + 1);
    }

    private static String leadingDigits(String text) {
        int end = 0;
        while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
            end++;
        }
        return text.substring(0, end);
    }

    private static String withoutSuffix(String text, String suffix) {
        return text.endsWith(suffix) ? text.substring(0, text.length() - suffix.length()) : text;
    }

    private static String beforeFirst(String text, String separator) {
        int at = text.indexOf(separator);
        return at < 0 ? text : text.substring(0, at);
    }

    private static String afterFirst(String text, String separator) {
        int at = text.indexOf(separator);
        return at < 0 ? "" : text.substring(at + separator.length());
    }

    /**
     * @throws MigrationsException (kind INVALID_CONFIGURATION) for a name that is not a format, listing the valid names
     */
    public static DirectoryFormat fromCliName(String name) {
        for (DirectoryFormat format : values()) {
            if (format.cliName.equals(name)) {
                return format;
            }
        }
        throw new MigrationsException(ErrorKind.INVALID_CONFIGURATION, "unknown directory format '" + name + "'; valid formats are "
                + Arrays.stream(values()).map(DirectoryFormat::cliName).collect(Collectors.joining(", ")));
    }
}
