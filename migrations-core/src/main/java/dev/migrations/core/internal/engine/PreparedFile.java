package dev.migrations.core.internal.engine;

import dev.migrations.sql.internal.analysis.SqlStatement;
import dev.migrations.sql.migration.Migration;
import java.util.List;

/**
 * A pending file, split into statements before anything touches the database.
 *
 * @param migration     the file
 * @param statements    its statements in order
 * @param transactional whether the file runs in one transaction (false for {@code -- atlas:txmode none} files
 *                      and for the {@code none} transaction mode)
 * @param resumeAt      statements an earlier run applied and recorded (0-based index of the first statement to run;
 *                      0 unless the file stopped part-way, and then checked against its recorded statement hashes)
 */
public record PreparedFile(Migration migration, List<SqlStatement> statements, boolean transactional, int resumeAt) {

    public PreparedFile {
        statements = List.copyOf(statements);
        if (resumeAt < 0 || resumeAt > statements.size()) {
            throw new IllegalArgumentException("resumeAt " + resumeAt + " outside 0.." + statements.size());
        }
    }
}
