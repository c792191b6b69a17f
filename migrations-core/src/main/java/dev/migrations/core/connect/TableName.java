package dev.migrations.core.connect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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

    /** The table's column names, or empty when the table does not exist. */
    public Optional<Set<String>> columns(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT a.attname FROM pg_catalog.pg_class t "
                + "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace LEFT JOIN pg_catalog.pg_attribute a "
                + "ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped "
                + "WHERE n.nspname = ? AND t.relname = ?")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Set<String> names = new HashSet<>();
                do {
                    if (rs.getString(1) != null) {
                        names.add(rs.getString(1));
                    }
                } while (rs.next());
                return Optional.of(names);
            }
        }
    }

    /**
     * Those of {@code tables} that exist, in one round trip that looks names up the way the server resolves them
     * ({@code to_regclass}), without reading the catalog tables themselves.
     */
    public static Set<TableName> existing(Connection c, List<TableName> tables) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < tables.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("to_regclass(?) IS NOT NULL");
        }
        Set<TableName> existing = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < tables.size(); i++) {
                ps.setString(i + 1, tables.get(i).qualified());
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                for (int i = 0; i < tables.size(); i++) {
                    if (rs.getBoolean(i + 1)) {
                        existing.add(tables.get(i));
                    }
                }
            }
        }
        return existing;
    }

    /** True when the table exists. */
    public boolean exists(Connection c) throws SQLException {
        return existing(c, List.of(this)).contains(this);
    }
}
