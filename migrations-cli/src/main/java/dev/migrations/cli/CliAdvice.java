package dev.migrations.cli;

import dev.migrations.error.MigrationsException;
import java.util.Optional;

/** The command-line way out of an error, chosen by its kind; the library's message names the API options. */
final class CliAdvice {

    private CliAdvice() {
    }

    static Optional<String> of(MigrationsException e) {
        return Optional.ofNullable(switch (e.kind()) {
            case DIRTY_DATABASE -> "adopt the schema at version V with 'migrations migrate apply --baseline V', or"
                    + " apply every file on top of what is there with --allow-dirty";
            case EDITED_APPLIED_FILE -> "if the database already matches the new content, record it with"
                    + " 'migrations migrate rehash'";
            case SUM_MISMATCH, SUM_FILE_MISSING -> "after reviewing the files, rewrite atlas.sum with"
                    + " 'migrations migrate hash'";
            case OUT_OF_ORDER -> "--exec-order non-linear applies them anyway, --exec-order linear-skip skips them";
            case LOCK_TIMEOUT -> "--lock-timeout sets how long to wait";
            case POOLER_REFUSED -> "--allow-pooler, only for a pooler in session mode";
            case DATABASE_AHEAD -> "leave out --strict to continue with a warning";
            default -> null;
        });
    }
}
