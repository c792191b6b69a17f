package dev.migrations.junit;

import dev.migrations.core.Migrations;
import dev.migrations.testing.PostgresServer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A copy of a template database handed to a test; kept in the test's (or class's) extension store, which closes it
 * (drops the database) when the test (or class) is done. JUnit 5.13 closes {@link AutoCloseable} store values, earlier
 * versions {@link ExtensionContext.Store.CloseableResource} ones; closing twice drops once.
 */
final class DatabaseCopy implements MigratedDatabase, ExtensionContext.Store.CloseableResource, AutoCloseable {

    private final ServerDatabases databases;
    private final String name;
    private final Setup setup;
    private final DataSource dataSource;
    private final AtomicBoolean dropped = new AtomicBoolean();
    private volatile Migrations migrations;

    DatabaseCopy(ServerDatabases databases, String name, Setup setup) {
        this.databases = databases;
        this.name = name;
        this.setup = setup;
        this.dataSource = databases.dataSource(name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String url() {
        PostgresServer server = databases.server();
        String credentials = encode(server.user()) + (server.password().isEmpty() ? "" : ":" + encode(server.password()));
        return "postgres://" + credentials + "@" + server.host() + ":" + server.port() + "/" + name;
    }

    @Override
    public String jdbcUrl() {
        return databases.server().jdbcUrl(name);
    }

    @Override
    public String user() {
        return databases.server().user();
    }

    @Override
    public String password() {
        return databases.server().password();
    }

    @Override
    public String schema() {
        return setup.schema();
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public Migrations migrations() {
        Migrations current = migrations;
        if (current == null) {
            synchronized (this) {
                current = migrations;
                if (current == null) {
                    current = setup.configure(dataSource).load();
                    migrations = current;
                }
            }
        }
        return current;
    }

    /** Drops the database (once), ending the sessions the test left open. */
    @Override
    public void close() {
        if (dropped.compareAndSet(false, true)) {
            databases.drop(name, false);
        }
    }

    /** What the test asked for. */
    Setup setup() {
        return setup;
    }

    @Override
    public String toString() {
        return "MigratedDatabase[" + name + ", " + setup.describe() + "]";
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
