package dev.migrations.sample;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Plain JDBC against a test database, to look behind the API. */
final class Sql {

    private Sql() {
    }

    /** Every row of a query, each column as text. */
    static List<Map<String, String>> rows(DataSource db, String query) throws SQLException {
        try (Connection c = db.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(query)) {
            List<Map<String, String>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** The single value of a query, as text. */
    static String value(DataSource db, String query) throws SQLException {
        List<Map<String, String>> rows = rows(db, query);
        if (rows.size() != 1 || rows.get(0).size() != 1) {
            throw new AssertionError("expected one value from " + query + ", got " + rows);
        }
        return rows.get(0).values().iterator().next();
    }

    /** Runs statements outside the app. */
    static void exec(DataSource db, String... statements) throws SQLException {
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            for (String statement : statements) {
                st.execute(statement);
            }
        }
    }
}
