package dev.migrations.core.internal.connect;

import dev.migrations.url.DatabaseUrl;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;

/** A non-pooling {@link DataSource} over a {@link DatabaseUrl}; each call opens a new connection. */
public final class UrlDataSource implements DataSource {

    private final DatabaseUrl url;

    public UrlDataSource(DatabaseUrl url) {
        this.url = url;
    }

    /** The URL this data source connects to. */
    public DatabaseUrl url() {
        return url;
    }

    @Override
    public Connection getConnection() throws SQLException {
        try {
            return DriverManager.getConnection(url.jdbcUrl(), url.driverProperties());
        } catch (SQLException e) {
            throw new SQLException("could not connect to " + url.redacted() + ": "
                    + DatabaseUrl.redact(String.valueOf(e.getMessage())), e.getSQLState(), e);
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        Properties props = url.driverProperties();
        props.setProperty("user", username);
        props.setProperty("password", password);
        return DriverManager.getConnection(url.jdbcUrl(), props);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // no log writer: the library logs through SLF4J
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // connect_timeout in the URL governs this
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        if (iface.isInstance(this)) {
            return iface.cast(this);
        }
        throw new SQLException("not a wrapper for " + iface.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return iface.isInstance(this);
    }
}
