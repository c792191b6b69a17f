package dev.migrations.core.internal.takeover;

import dev.migrations.core.internal.connect.TableName;
import dev.migrations.sql.migration.Migration;
import java.util.List;
import java.util.Optional;

/**
 * Where to look for another tool's history and what to match it against.
 *
 * @param historyTable    the table named by the history table option; when empty, the default tables are looked for
 * @param schema          the target schema, where the tools keep their tables by default
 * @param ownTables       this library's revisions table and journal, never taken for another tool's table
 * @param files           the directory's files in apply order
 * @param directory       the directory as configured, for messages
 * @param operatorVersion what this library writes into {@code operator_version}
 */
public record TakeoverContext(Optional<TableName> historyTable, String schema, List<TableName> ownTables,
        List<Migration> files, String directory, String operatorVersion) {

    public TakeoverContext {
        ownTables = List.copyOf(ownTables);
        files = List.copyOf(files);
    }
}
