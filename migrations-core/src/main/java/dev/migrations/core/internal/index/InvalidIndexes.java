package dev.migrations.core.internal.index;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Invalid indexes ({@code pg_index.indisvalid = false}): what an interrupted concurrent build leaves behind. They
 * cost writes, serve no reads, and a {@code CREATE INDEX CONCURRENTLY IF NOT EXISTS} run again skips them.
 */
public final class InvalidIndexes {

    private InvalidIndexes() {
    }

    /** The invalid indexes of {@code schema}, as {@code schema.index on table}, by name. */
    public static List<String> in(Connection c, String schema) throws SQLException {
        List<String> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT quote_ident(n.nspname) || '.' || quote_ident(ic.relname)"
                + " || ' on ' || quote_ident(tc.relname) FROM pg_catalog.pg_index i "
                + "JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
                + "JOIN pg_catalog.pg_class tc ON tc.oid = i.indrelid "
                + "JOIN pg_catalog.pg_namespace n ON n.oid = ic.relnamespace "
                + "WHERE NOT i.indisvalid AND n.nspname = ? ORDER BY ic.relname")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    /**
     * Drops (concurrently) the invalid indexes an interrupted run of {@code build} may have left, so that running
     * it again builds them anew: the named index when it is invalid; for an unnamed {@code CREATE INDEX}, the invalid
     * indexes of its table; for a {@code REINDEX}, the invalid {@code _ccnew}/{@code _ccold} copies of the indexes
     * it rebuilds. Names resolve through the connection's {@code search_path}, as the statement's do.
     * Must run outside a transaction.
     *
     * @return the qualified names of the dropped indexes
     */
    public static List<String> clearFor(Connection c, ConcurrentBuild build, String schema) throws SQLException {
        List<String> leftovers = leftovers(c, build, schema);
        for (String index : leftovers) {
            try (Statement st = c.createStatement()) {
                st.execute("DROP INDEX CONCURRENTLY IF EXISTS " + index);
            }
        }
        return leftovers;
    }

    private static List<String> leftovers(Connection c, ConcurrentBuild build, String schema) throws SQLException {
        String select = "SELECT quote_ident(n.nspname) || '.' || quote_ident(ic.relname) FROM pg_catalog.pg_index i "
                + "JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid "
                + "JOIN pg_catalog.pg_namespace n ON n.oid = ic.relnamespace WHERE NOT i.indisvalid AND ";
        String where;
        String parameter;
        if (!build.reindex() && build.index().isPresent()) {
            where = "i.indexrelid = to_regclass(?)";
            parameter = build.index().get();
        } else if (!build.reindex()) {
            where = "i.indrelid = to_regclass(?)";
            parameter = build.table().orElseThrow();
        } else if (build.index().isPresent()) {
            where = "ic.relname ~ '_cc(new|old)[0-9]*$' AND i.indrelid = "
                    + "(SELECT indrelid FROM pg_catalog.pg_index WHERE indexrelid = to_regclass(?))";
            parameter = build.index().get();
        } else if (build.table().isPresent()) {
            where = "ic.relname ~ '_cc(new|old)[0-9]*$' AND i.indrelid = to_regclass(?)";
            parameter = build.table().get();
        } else {
            where = "ic.relname ~ '_cc(new|old)[0-9]*$' AND n.nspname = ?";
            parameter = schema;
        }
        List<String> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(select + where + " ORDER BY ic.relname")) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }
}
