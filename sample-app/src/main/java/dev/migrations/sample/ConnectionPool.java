package dev.migrations.sample;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.migrations.core.internal.connect.DatabaseUrl;
import java.util.Properties;

/** Opens the HikariCP pools of the sample. */
final class ConnectionPool {

    /** Pool size: the migration library uses two connections at a time; requests use the rest. */
    static final int SIZE = 5;

    private ConnectionPool() {
    }

    /**
     * Opens a pool on {@code url}; the first connection is made here, so a wrong URL fails at once.
     *
     * @throws com.zaxxer.hikari.pool.HikariPool.PoolInitializationException when the database cannot be reached
     */
    static HikariDataSource open(DatabaseUrl url, String name) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(url.jdbcUrl());
        Properties properties = url.driverProperties();
        if (!url.parameters().containsKey("application_name")) {
            properties.setProperty("ApplicationName", "migrations-sample");
        }
        config.setDataSourceProperties(properties);
        config.setMaximumPoolSize(SIZE);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(10_000);
        return new HikariDataSource(config);
    }
}
