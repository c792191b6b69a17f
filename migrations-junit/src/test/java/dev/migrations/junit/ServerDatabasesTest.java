package dev.migrations.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrations.testing.PostgresServer;
import dev.migrations.testing.TestPostgres;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** CREATE DATABASE ... TEMPLATE while someone is connected to the template: tried again until it works. */
class ServerDatabasesTest {

    private final String prefix = "mjx_" + TemplateRegistry.jvmToken() + "_";

    @Test
    void aCopyWaitsForTheSessionsOnTheTemplateToEnd() throws Exception {
        ServerDatabases databases = new ServerDatabases(TestPostgres.server(), Duration.ofSeconds(30));
        String source = prefix + "source";
        String copy = prefix + "copy";
        databases.createEmpty(source);
        try {
            // A session on the source for longer than the five seconds PostgreSQL waits by itself.
            Connection blocker = TestPostgres.server().connect(source);
            CompletableFuture<Void> release = CompletableFuture.runAsync(() -> close(blocker),
                    CompletableFuture.delayedExecutor(6500, TimeUnit.MILLISECONDS));

            int attempts = databases.copy(source, copy);

            release.join();
            assertThat(attempts).as("attempts").isGreaterThan(1);
            assertThat(Pg.exists(copy)).isTrue();
        } finally {
            databases.drop(copy, false);
            databases.drop(source, false);
        }
    }

    @Test
    void aTemplateBusyForLongerThanTheTimeoutFailsWithPostgresqlsReason() {
        AtomicInteger attempts = new AtomicInteger();
        ServerDatabases databases = new ServerDatabases(busyServer(attempts), Duration.ofMillis(200));

        assertThatThrownBy(() -> databases.copy("mjt_busy", "mjc_busy_1"))
                .hasMessageStartingWith("could not create database mjc_busy_1 from mjt_busy (")
                .hasMessageContaining("attempts): source database \"mjt_busy\" is being accessed by other users");
        assertThat(attempts.get()).isGreaterThan(2);
    }

    @Test
    void otherErrorsAreNotRetried() {
        ServerDatabases databases = new ServerDatabases(TestPostgres.server(), Duration.ofSeconds(30));

        assertThatThrownBy(() -> databases.copy(prefix + "absent", prefix + "copy"))
                .hasMessageStartingWith("could not create database " + prefix + "copy from " + prefix + "absent: ")
                .hasMessageContaining("does not exist");
        assertThat(Pg.exists(prefix + "copy")).isFalse();
    }

    /** A server whose CREATE DATABASE always fails as PostgreSQL does while the template has sessions. */
    private static PostgresServer busyServer(AtomicInteger attempts) {
        PostgresServer real = TestPostgres.server();
        return new PostgresServer() {
            @Override
            public String host() {
                return real.host();
            }

            @Override
            public int port() {
                return real.port();
            }

            @Override
            public String user() {
                return real.user();
            }

            @Override
            public String password() {
                return real.password();
            }

            @Override
            public String adminDatabase() {
                return real.adminDatabase();
            }

            @Override
            public String description() {
                return "busy";
            }

            @Override
            public Connection adminConnection() {
                Statement statement = (Statement) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {Statement.class}, (proxy, method, args) -> {
                            if (method.getName().equals("execute")) {
                                attempts.incrementAndGet();
                                throw new SQLException("source database \"mjt_busy\" is being accessed by other users",
                                        ServerDatabases.OBJECT_IN_USE);
                            }
                            return null;
                        });
                return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {Connection.class},
                        (proxy, method, args) -> method.getName().equals("createStatement") ? statement : null);
            }

            @Override
            public void close() {
            }
        };
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
