package dev.migrations.core.internal.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Read-only questions about one schema; nothing outside that schema is looked at. */
public final class SchemaInspector {

    private SchemaInspector() {
    }

    /** True when the schema exists. */
    public static boolean exists(Connection c, String schema) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * Up to {@code limit} objects found in the schema (tables, views, sequences, functions, types), described as
     * {@code "table app.users"}; the named tables of this library are left out.
     */
    public static List<String> objects(Connection c, String schema, Set<String> ownTables, int limit)
            throws SQLException {
        String sql = "SELECT kind, name FROM ("
                + " SELECT CASE t.relkind WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'v' THEN 'view'"
                + "   WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence' WHEN 'f' THEN 'foreign table'"
                + "   ELSE 'relation' END AS kind, t.relname::text AS name, 1 AS ord"
                + " FROM pg_catalog.pg_class t JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace"
                + " WHERE n.nspname = ? AND t.relkind IN ('r','p','v','m','S','f')"
                + "   AND NOT (t.relname = ANY (?))"
                + "   AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.objid = t.oid"
                + "     AND d.classid = 'pg_catalog.pg_class'::regclass AND d.deptype IN ('a','i','e'))"
                + " UNION ALL"
                + " SELECT CASE p.prokind WHEN 'p' THEN 'procedure' ELSE 'function' END, p.proname::text, 2"
                + " FROM pg_catalog.pg_proc p JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace"
                + " WHERE n.nspname = ? AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.objid = p.oid"
                + "     AND d.classid = 'pg_catalog.pg_proc'::regclass AND d.deptype = 'e')"
                + " UNION ALL"
                + " SELECT 'type', ty.typname::text, 3"
                + " FROM pg_catalog.pg_type ty JOIN pg_catalog.pg_namespace n ON n.oid = ty.typnamespace"
                + " WHERE n.nspname = ? AND ty.typtype IN ('e','d','c','r','m') AND ty.typrelid = 0"
                + "   AND ty.typelem = 0 AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.objid = ty.oid"
                + "     AND d.classid = 'pg_catalog.pg_type'::regclass AND d.deptype IN ('e','i'))"
                + ") o ORDER BY ord, name LIMIT ?";
        List<String> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, schema);
            ps.setArray(2, c.createArrayOf("text", ownTables.toArray()));
            ps.setString(3, schema);
            ps.setString(4, schema);
            ps.setInt(5, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1) + " " + schema + "." + rs.getString(2));
                }
            }
        }
        return found;
    }
}
