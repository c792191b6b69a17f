package dev.migrations.junit;

import dev.migrations.testing.TestPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Small JDBC helpers for the tests. */
final class Pg {

    private Pg() {
    }

    static long count(DataSource ds, String sql) {
        return Long.parseLong(text(ds, sql));
    }

    static String text(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            if (!rs.next()) {
                throw new AssertionError("no row from " + sql);
            }
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    static void execute(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Names of the databases on the test server that start with {@code prefix}. */
    static List<String> databasesStartingWith(String prefix) {
        return query("SELECT datname FROM pg_database WHERE starts_with(datname, ?) ORDER BY 1", prefix);
    }

    /** {@code datistemplate}/{@code datallowconn} of a database, e.g. "true/false", or "missing". */
    static String templateFlags(String name) {
        List<String> rows = query("SELECT datistemplate || '/' || datallowconn FROM pg_database WHERE datname = ?", name);
        return rows.isEmpty() ? "missing" : rows.get(0);
    }

    static boolean exists(String name) {
        return !query("SELECT datname FROM pg_database WHERE datname = ?", name).isEmpty();
    }

    private static List<String> query(String sql, String parameter) {
        try (Connection c = TestPostgres.server().adminConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            List<String> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
