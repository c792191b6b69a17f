package dev.migrations.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** One empty database created for a test; {@link #close()} drops it. */
public final class TestDatabase implements AutoCloseable {

    private final PostgresServer server;
    private final String name;

    TestDatabase(PostgresServer server, String name) {
        this.server = server;
        this.name = name;
    }

    /** Database name. */
    public String name() {
        return name;
    }

    /** JDBC URL without credentials. */
    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    /** Login user. */
    public String user() {
        return server.user();
    }

    /** Login password. */
    public String password() {
        return server.password();
    }

    /** The server this database lives on. */
    public PostgresServer server() {
        return server;
    }

    /** A libpq-style URI for this database, credentials included ({@code postgres://user:pass@host:port/db}). */
    public String uri() {
        String credentials = password().isEmpty() ? user() : user() + ":" + password();
        return "postgres://" + credentials + "@" + server.host() + ":" + server.port() + "/" + name;
    }

    /** A non-pooling data source for this database. */
    public DataSource dataSource() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(jdbcUrl());
        ds.setUser(user());
        ds.setPassword(password());
        return ds;
    }

    /** Opens a new connection. */
    public Connection connect() throws SQLException {
        return server.connect(name);
    }

    /** Drops the database, terminating any session still connected to it. */
    @Override
    public void close() {
        try (Connection c = server.adminConnection(); Statement st = c.createStatement()) {
            st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + name
                    + "' AND pid <> pg_backend_pid()");
            st.execute("DROP DATABASE IF EXISTS \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test database " + name + ": " + e.getMessage(), e);
        }
    }
}
