package dev.migrations.sql.migration;

import dev.migrations.sql.internal.advice.SumAdvice;
import dev.migrations.sql.internal.directive.DirectiveParser;
import dev.migrations.sql.internal.layout.FlywayScriptConfigParser;
import dev.migrations.sql.dir.DirectoryFile;
import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.dir.MigrationDirectory;
import dev.migrations.error.DirectiveException;
import dev.migrations.error.LayoutException;
import dev.migrations.sql.internal.layout.MigrationScripts;
import dev.migrations.sql.sum.AtlasSum;
import dev.migrations.sql.sum.SumEntry;
import dev.migrations.sql.version.Version;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the files of one verified directory into {@link Migration}s, file by file: numeric version, valid
 * UTF-8, valid directives. A file that breaks a rule is left out and its problem recorded.
 */
final class MigrationFiles {

    private MigrationFiles() {
    }

    /**
     * @param directory a directory whose sum was verified
     * @param sum       its sum
     * @param problems  receives one message per broken rule
     * @return the good files' migrations, in hash order
     */
    static List<Migration> of(MigrationDirectory directory, AtlasSum sum, List<String> problems) {
        Map<String, String> hashes = new HashMap<>();
        for (SumEntry entry : sum.entries()) {
            hashes.put(entry.name(), entry.hash());
        }
        String rehash = " Then rewrite atlas.sum with " + SumAdvice.REWRITE + ".";
        // Files are checked independently of each other, so in parallel.
        List<Checked> checked = directory.files().parallelStream()
                .map(file -> check(directory, file, hashes.getOrDefault(file.name(), ""), rehash))
                .toList();
        List<Migration> migrations = new ArrayList<>(checked.size());
        for (Checked c : checked) {
            if (c.migration() != null) {
                migrations.add(c.migration());
            } else {
                problems.add(c.problem());
            }
        }
        return migrations;
    }

    /** A file's migration, or the problem that keeps it out (exactly one of them is set). */
    private record Checked(Migration migration, String problem) {

        static Checked ok(Migration migration) {
            return new Checked(migration, null);
        }

        static Checked broken(String problem) {
            return new Checked(null, problem);
        }
    }

    /**
     * @param rehash the sentence that ends every problem: how to rewrite the directory's sum
     */
    private static Checked check(MigrationDirectory directory, DirectoryFile file, String hash, String rehash) {
        String shown = directory.fileDisplay(file.name());
        DirectoryFormat format = directory.format();
        MigrationKind kind = kindOf(format, file.name());
        String versionText = format.versionOf(file.name());
        Version version = null;
        if (kind == MigrationKind.REPEATABLE && !baseName(file.name()).startsWith(Migration.REPEATABLE_KEY_PREFIX)) {
            return Checked.broken(shown + ": not a Flyway migration name: Flyway ignores it, while Atlas hashes it as"
                    + " a repeatable migration (its name starts with 'R'). Rename it to R__<description>.sql if it is"
                    + " a repeatable migration, otherwise move it out of the directory." + rehash);
        }
        if (kind != MigrationKind.REPEATABLE) {
            String numeric = format == DirectoryFormat.FLYWAY ? versionText.replace('_', '.') : versionText;
            Optional<Version> parsed = Version.tryParse(numeric);
            if (parsed.isEmpty()) {
                return Checked.broken(shown + ": version '" + versionText + "' is not numeric (digits separated "
                        + "by dots); rename the file to " + namePattern(format) + "." + rehash);
            }
            version = parsed.get();
        }
        Optional<String> text = StrictUtf8.decode(file.content());
        if (text.isEmpty()) {
            StrictUtf8.Invalid invalid = StrictUtf8.firstInvalid(file.content());
            return Checked.broken(shown + " line " + invalid.line() + ": not valid UTF-8 (byte 0x"
                    + String.format("%02X", invalid.offendingByte()) + " at column " + invalid.column()
                    + "); save the file as UTF-8." + rehash);
        }
        Directives directives;
        try {
            directives = DirectiveParser.parse(shown, text.get());
        } catch (DirectiveException e) {
            return Checked.broken(e.getMessage() + "." + rehash);
        }
        try {
            MigrationScripts.check(format, shown, text.get());
        } catch (LayoutException e) {
            return Checked.broken(e.getMessage() + "." + rehash);
        }
        Optional<FlywayScriptConfig> config = Optional.empty();
        if (file.scriptConfig().isPresent()) {
            String configName = file.name() + DirectoryFile.SCRIPT_CONFIG_SUFFIX;
            String configShown = directory.fileDisplay(configName);
            Optional<String> configText = StrictUtf8.decode(file.scriptConfig().get());
            if (configText.isEmpty()) {
                StrictUtf8.Invalid invalid = StrictUtf8.firstInvalid(file.scriptConfig().get());
                return Checked.broken(configShown + " line " + invalid.line() + ": not valid UTF-8; save the file as"
                        + " UTF-8.");
            }
            try {
                config = Optional.of(FlywayScriptConfigParser.parse(configName, configShown, configText.get()));
            } catch (LayoutException e) {
                return Checked.broken(e.getMessage() + ".");
            }
            Optional<String> conflict = conflict(shown, directives, config.get());
            if (conflict.isPresent()) {
                return Checked.broken(conflict.get());
            }
        }
        return Checked.ok(new Migration(version, versionText, format.descriptionOf(file.name()), kind,
                directory.release(), file.name(), file.content(), directives.sumIgnore() ? "" : hash, directives,
                format, config));
    }

    /** A file whose {@code atlas:txmode} and script configuration disagree runs differently under Atlas and Flyway. */
    private static Optional<String> conflict(String shown, Directives directives, FlywayScriptConfig config) {
        if (directives.txMode().isEmpty() || config.txMode().isEmpty()
                || directives.txMode().get() == config.txMode().get()) {
            return Optional.empty();
        }
        TxMode directive = directives.txMode().get();
        return Optional.of(shown + " says '-- atlas:txmode " + (directive == TxMode.NONE ? "none" : "file")
                + "' but " + config.txModeSource() + " asks for the opposite; make them agree (or keep only one).");
    }

    private static String baseName(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static MigrationKind kindOf(DirectoryFormat format, String name) {
        if (format != DirectoryFormat.FLYWAY) {
            return MigrationKind.VERSIONED;
        }
        return switch (name.charAt(name.lastIndexOf('/') + 1)) {
            case 'B' -> MigrationKind.BASELINE;
            case 'R' -> MigrationKind.REPEATABLE;
            default -> MigrationKind.VERSIONED;
        };
    }

    private static String namePattern(DirectoryFormat format) {
        return switch (format) {
            case ATLAS -> "<version>_<description>.sql, e.g. 20240101120000_add_users.sql"
                    + " (the new command names files so)";
            case GOLANG_MIGRATE -> "<version>_<description>.up.sql, e.g. 20240101120000_add_users.up.sql";
            case FLYWAY -> "V<version>__<description>.sql, e.g. V2__add_users.sql or V1_2__add_users.sql";
            case GOOSE, DBMATE -> "<version>_<description>.sql, e.g. 20240101120000_add_users.sql";
            case PRISMA -> "<timestamp>_<name>/migration.sql, e.g. 20240101120000_add_users/migration.sql";
            case AUTO -> throw new IllegalStateException("the layout was resolved when the directory was read");
        };
    }
}
