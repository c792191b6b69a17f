package dev.migrations.bench;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The last fully migrated database of each tool, kept for the no-op measurements; closing drops them all. */
final class MigratedDatabases implements AutoCloseable {

    private final Map<String, BenchDatabase> byTool = new LinkedHashMap<>();

    /** Keeps {@code database} for {@code tool}, dropping the one kept before. */
    void replace(String tool, BenchDatabase database) throws SQLException {
        BenchDatabase previous = byTool.put(tool, database);
        if (previous != null) {
            previous.close();
        }
    }

    /** The database kept for {@code tool}, if its cold apply succeeded. */
    Optional<BenchDatabase> of(String tool) {
        return Optional.ofNullable(byTool.get(tool));
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (BenchDatabase database : byTool.values()) {
            try {
                database.close();
            } catch (SQLException e) {
                first = first == null ? e : first;
            }
        }
        byTool.clear();
        if (first != null) {
            throw first;
        }
    }
}
