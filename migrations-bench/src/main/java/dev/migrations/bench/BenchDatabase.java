package dev.migrations.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** One fresh database of a trial; {@link #close()} drops it. */
final class BenchDatabase implements AutoCloseable {

    private final BenchServer server;
    private final String name;

    BenchDatabase(BenchServer server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Database name. */
    String name() {
        return name;
    }

    /** JDBC URL without credentials. */
    String jdbcUrl() {
        return server.address().jdbcUrl(name);
    }

    /** Login user. */
    String user() {
        return server.address().user();
    }

    /** Login password, "" for none. */
    String password() {
        return server.address().password();
    }

    /** A libpq connection string for {@code psql}, without the password. */
    String libpq() {
        return server.address().libpq(name);
    }

    /** A non-pooling data source, as an application would pass to either library. */
    DataSource dataSource() {
        return dataSource(jdbcUrl(), user(), password());
    }

    /** A non-pooling data source for a URL and login. */
    static DataSource dataSource(String jdbcUrl, String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(jdbcUrl);
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    /** Ends every session connected to this database (used to stop a trial that ran out of time). */
    void terminateSessions() throws SQLException {
        try (Connection c = server.adminConnection(); Statement st = c.createStatement()) {
            st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name
                    + "' AND pid <> pg_backend_pid()");
        }
    }

    /** Drops the database, ending sessions still connected to it. */
    @Override
    public void close() throws SQLException {
        terminateSessions();
        try (Connection c = server.adminConnection(); Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS \"" + name + "\"");
        }
    }
}
