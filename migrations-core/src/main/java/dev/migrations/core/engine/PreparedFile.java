package dev.migrations.core.engine;

import dev.migrations.sql.analysis.SqlStatement;
import dev.migrations.sql.plan.Migration;
import java.util.List;

/**
 * A pending file, split into statements before anything touches the database.
 *
 * @param migration     the file
 * @param statements    its statements in order
 * @param transactional whether the file runs in one transaction (false for {@code -- atlas:txmode none} files
 *                      and for the {@code none} transaction mode)
 */
public record PreparedFile(Migration migration, List<SqlStatement> statements, boolean transactional) {

    public PreparedFile {
        statements = List.copyOf(statements);
    }
}
