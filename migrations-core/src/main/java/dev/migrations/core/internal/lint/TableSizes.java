package dev.migrations.core.internal.lint;

import dev.migrations.core.error.FaultKind;
import dev.migrations.core.error.DatabaseException;
import dev.migrations.core.internal.connect.Identifiers;
import dev.migrations.url.DatabaseUrl;
import dev.migrations.error.MigrationsException;
import dev.migrations.sql.lint.Finding;
import dev.migrations.sql.lint.LintReport;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Adds the on-disk size of each table a finding names, read from a live database in a read-only transaction that
 * is rolled back: nothing is written, nothing is locked beyond catalog reads.
 */
public final class TableSizes {

    private static final String SIZE = "SELECT pg_total_relation_size(to_regclass(?))";

    private TableSizes() {
    }

    /**
     * @param schema the schema unqualified table names live in
     * @return the report with {@link Finding#tableBytes()} set for every table that exists
     */
    public static LintReport add(DataSource dataSource, String schema, LintReport report) {
        Map<String, Long> sizes = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET TRANSACTION READ ONLY");
            }
            try (PreparedStatement size = c.prepareStatement(SIZE)) {
                for (Finding f : report.findings()) {
                    if (f.table().isEmpty() || sizes.containsKey(f.table())) {
                        continue;
                    }
                    size.setString(1, f.table().contains(".") ? f.table()
                            : Identifiers.quote(schema) + "." + f.table());
                    try (ResultSet rs = size.executeQuery()) {
                        rs.next();
                        long bytes = rs.getLong(1);
                        sizes.put(f.table(), rs.wasNull() ? null : bytes);
                    }
                }
            } finally {
                c.rollback();
            }
        } catch (SQLException e) {
            throw new DatabaseException("cannot read table sizes: "
                    + DatabaseUrl.redact(String.valueOf(e.getMessage())), FaultKind.of(e, false), e);
        }
        List<Finding> sized = new ArrayList<>();
        for (Finding f : report.findings()) {
            Long bytes = sizes.get(f.table());
            sized.add(bytes == null ? f : f.withTableBytes(bytes));
        }
        return report.withFindings(sized);
    }
}
