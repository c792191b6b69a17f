package dev.migrations.maven.it;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * For the verify scripts of the integration tests: queries an IT case's database on the server {@link ItPostgres}
 * started, as its superuser.
 */
public final class ItDatabase implements AutoCloseable {

    private final Connection connection;

    private ItDatabase(Connection connection) {
        this.connection = connection;
    }

    /**
     * @param serverProperties the {@code server.properties} {@link ItPostgres} wrote
     * @param itCase           the IT case's folder name; its database is {@code it_<case>}
     */
    public static ItDatabase open(Object serverProperties, String itCase) throws IOException, SQLException {
        Properties server = new Properties();
        try (InputStream in = Files.newInputStream(Path.of(String.valueOf(serverProperties)))) {
            server.load(in);
        }
        Properties login = new Properties();
        login.setProperty("user", server.getProperty("migrations.it.adminUser"));
        login.setProperty("password", server.getProperty("migrations.it.adminPassword", ""));
        String url = server.getProperty("migrations.it.jdbc") + "/" + ItPostgres.databaseName(itCase);
        // the driver directly, not DriverManager: the script's class loader is not the one that loaded it
        Connection c = new org.postgresql.Driver().connect(url, login);
        if (c == null) {
            throw new SQLException("the driver does not take " + url);
        }
        return new ItDatabase(c);
    }

    /** The tables of a schema, sorted. */
    public List<String> tables(String schema) throws SQLException {
        return strings("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                + schema.replace("'", "''") + "' ORDER BY table_name");
    }

    /** The first column of every row of a query, as text. */
    public List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    /** The first column of the first row, as text ({@code null} when there is no row). */
    public String string(String sql) throws SQLException {
        List<String> values = strings(sql);
        return values.isEmpty() ? null : values.get(0);
    }

    /** Runs statements that return no rows, e.g. to leave a database as another tool or a person would have. */
    public void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
