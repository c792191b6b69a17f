package dev.migrations.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Hands tests a fresh database on a real PostgreSQL server.
 *
 * <p>The server is chosen once per JVM: an external server when {@code MIGRATIONS_TEST_URL} is set, a
 * Testcontainers {@code postgres} container when a Docker engine answers, otherwise an embedded PostgreSQL.
 * Every call to {@link #newDatabase()} creates a new, empty database on that server.
 */
public final class TestPostgres {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static volatile PostgresServer server;

    private TestPostgres() {
    }

    /** The server shared by every test of this JVM, started on first use. */
    public static PostgresServer server() {
        PostgresServer current = server;
        if (current == null) {
            synchronized (TestPostgres.class) {
                current = server;
                if (current == null) {
                    current = ServerSelection.start();
                    server = current;
                    Runtime.getRuntime().addShutdownHook(new Thread(server::close, "test-postgres-stop"));
                }
            }
        }
        return current;
    }

    /** Creates an empty database with a unique name. */
    public static TestDatabase newDatabase() {
        PostgresServer srv = server();
        String name = "test_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        try (Connection c = srv.adminConnection(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE \"" + name + "\"");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + ": " + e.getMessage(), e);
        }
        return new TestDatabase(srv, name);
    }
}
