package dev.migrations.core.result;

import dev.migrations.sql.migration.Migration;
import java.util.List;

/**
 * A file a dry run would apply.
 *
 * @param version       its version; for a Flyway repeatable file its key in the revisions table,
 *                      {@code R__<description>}
 * @param description   its description
 * @param file          its path in the directory
 * @param transactional whether it would run in a transaction
 * @param resumeAt      0-based statement a partly applied no-transaction file would resume at (0 otherwise)
 * @param statements    its statements, in order (those before {@code resumeAt} included)
 */
public record PlannedFile(String version, String description, String file, boolean transactional, int resumeAt,
        List<String> statements) {

    public PlannedFile {
        statements = List.copyOf(statements);
    }

    /** Whether it is a Flyway repeatable file (no version; applied again when it changes). */
    public boolean repeatable() {
        return Migration.isRepeatableKey(version);
    }
}
