package dev.migrations.cli;

import dev.migrations.core.error.HistoryConflictException;
import dev.migrations.core.error.TakeoverException;
import dev.migrations.core.result.ForeignTool;
import dev.migrations.error.MigrationsException;
import java.util.List;
import java.util.Optional;

/**
 * The command-line way out of an error, chosen by its kind: the library's message names the API options, this names
 * the flags and verbs, with the directory as the failed command was given it.
 */
final class CliAdvice {

    private CliAdvice() {
    }

    /**
     * @param directory the {@code --dir} (and {@code --dir-format}) of the failed command; when it has none,
     *                  {@code --dir <dir>}
     */
    static Optional<String> of(MigrationsException e, Optional<DirectoryArguments> directory) {
        DirectoryArguments dir = directory.orElse(new DirectoryArguments("--dir <dir>"));
        String hash = "'" + dir.hashCommand() + "'";
        String status = "'" + dir.statusCommand() + "'";
        return Optional.ofNullable(switch (e.kind()) {
            case DIRTY_DATABASE -> "adopt the schema at version V with 'migrations migrate apply " + dir.text()
                    + " --baseline V', or apply every file on top of what is there with --allow-dirty";
            case EDITED_APPLIED_FILE -> "if the database already matches the new content, record it with"
                    + " 'migrations migrate rehash " + dir.text() + " --url <url>'";
            case SUM_MISMATCH, SUM_FILE_MISSING, SUM_FILE_MALFORMED, SUM_FILE_CHECKSUM ->
                    "after reviewing the files, rewrite atlas.sum with " + hash;
            case INVALID_MIGRATIONS, INVALID_DIRECTIVE, SQL_SYNTAX -> "after fixing the file, rewrite atlas.sum with "
                    + hash;
            case TRANSACTION_CONFLICT -> "after fixing the file, rewrite atlas.sum with " + hash + "; --tx-mode file"
                    + " runs each file in its own transaction";
            case OUT_OF_ORDER -> "after renaming, rewrite atlas.sum with " + hash + "; --exec-order non-linear"
                    + " applies them anyway, --exec-order linear-skip skips them";
            case MIGRATION_FAILED -> status + " shows where the schema is; after fixing the file, rewrite atlas.sum"
                    + " with " + hash;
            case LOCK_LOST, DATABASE_ERROR, ENGINE_FAILED -> status + " shows where the schema is";
            case PARTIAL_FILE, DAMAGED_HISTORY -> "mark a file applied with 'migrations migrate set "
                    + firstVersion(e).orElse("<version>") + " " + dir.text() + " --url <url>'";
            case TAKEOVER_REFUSED -> takeover(e, hash);
            case LOCK_TIMEOUT -> "--lock-timeout sets how long to wait, e.g. --lock-timeout 10m";
            case POOLER_REFUSED -> "--allow-pooler, only for a pooler in session mode";
            case DATABASE_AHEAD -> "leave out --strict to continue with a warning";
            case DIRECTORY_NOT_FOUND -> "--dir names the migration folder";
            default -> null;
        });
    }

    private static String takeover(MigrationsException e, String hash) {
        if (!(e instanceof TakeoverException t)) {
            return null;
        }
        return switch (t.reason()) {
            case SEVERAL_TABLES -> "--history-table <schema.table> says which history to take over, e.g."
                    + " --history-table " + unquoted(t.tables().get(0));
            case MISSING_FILE -> "after restoring the files, rewrite atlas.sum with " + hash;
            case FAILED_MIGRATION -> t.tool().filter(tool -> tool == ForeignTool.ATLAS).isPresent()
                    ? "to let this tool resume it: " + revisionsOptions(t.tables().get(0)) : null;
            default -> null;
        };
    }

    private static Optional<String> firstVersion(MigrationsException e) {
        List<String> versions = e instanceof HistoryConflictException h ? h.versions() : List.of();
        return versions.stream().findFirst();
    }

    /** {@code --revisions-schema s --revisions-table t} of the table {@code "s"."t"}. */
    private static String revisionsOptions(String qualified) {
        String[] parts = qualified.split("\"\\.\"", 2);
        return parts.length < 2 ? "--revisions-schema <schema> --revisions-table <table>"
                : "--revisions-schema " + parts[0].replace("\"", "") + " --revisions-table " + parts[1].replace("\"", "");
    }

    /** {@code "public"."flyway_schema_history"} as the option takes it: {@code public.flyway_schema_history}. */
    private static String unquoted(String qualified) {
        return qualified.replace("\"", "");
    }
}
