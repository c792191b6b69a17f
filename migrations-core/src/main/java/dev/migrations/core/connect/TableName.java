package dev.migrations.core.connect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A schema-qualified table name.
 *
 * @param schema the schema
 * @param table  the table
 */
public record TableName(String schema, String table) {

    /** {@code "schema"."table"}, quoted, for SQL and messages. */
    public String qualified() {
        return Identifiers.qualified(schema, table);
    }

    /** True when the table exists. */
    public boolean exists(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM pg_catalog.pg_class t JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace "
                        + "WHERE n.nspname = ? AND t.relname = ?")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
