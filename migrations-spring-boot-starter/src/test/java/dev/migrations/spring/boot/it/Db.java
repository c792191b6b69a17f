package dev.migrations.spring.boot.it;

import dev.migrations.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Looks at a test database over its own connection, bypassing the application. */
public final class Db {

    private final TestDatabase db;

    public Db(TestDatabase db) {
        this.db = db;
    }

    /** Whether {@code schema.table} exists. */
    public boolean tableExists(String schema, String table) {
        return !strings("SELECT 1::text FROM pg_tables WHERE schemaname = ? AND tablename = ?", schema, table)
                .isEmpty();
    }

    /** The owner of {@code schema.table}. */
    public String owner(String schema, String table) {
        return strings("SELECT tableowner::text FROM pg_tables WHERE schemaname = ? AND tablename = ?", schema, table)
                .get(0);
    }

    /** The versions in a revisions table, in order. */
    public List<String> revisions(String qualifiedTable) {
        return strings("SELECT version FROM " + qualifiedTable + " ORDER BY version");
    }

    /** The first column of every row, as text. */
    public List<String> strings(String sql, Object... parameters) {
        try (Connection c = db.connect(); PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                st.setObject(i + 1, parameters[i]);
            }
            List<String> result = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(rs.getString(1));
                }
            }
            return result;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Runs statements. */
    public void execute(String... sql) {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String s : sql) {
                st.execute(s);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
