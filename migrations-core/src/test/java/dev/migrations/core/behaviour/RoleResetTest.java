package dev.migrations.core.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import dev.migrations.core.Migrations;
import dev.migrations.core.fixture.MigrationDir;
import dev.migrations.testing.TestDatabase;
import dev.migrations.testing.TestPostgres;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway sets its role back three times per file; the server sees that once per connection while nothing changes it. */
class RoleResetTest {

    private static final int FILES = 6;

    @TempDir
    Path tmp;

    @Test
    void theEnginesRepeatedSetRoleReachesTheServerOncePerConnection() {
        MigrationDir dir = new MigrationDir(tmp);
        for (int i = 1; i <= FILES; i++) {
            dir.file(i + "_t" + i + ".sql", "CREATE TABLE t" + i + " (n int);\n");
        }
        try (TestDatabase db = TestPostgres.newDatabase()) {
            RoleCounter counter = new RoleCounter();
            Migrations.configure().dataSource(counter.wrap(db.dataSource())).directory(dir.location()).load()
                    .migrate();

            assertThat(counter.prepared.get()).as("SET ROLE statements the engine asked for")
                    .isGreaterThanOrEqualTo(FILES);
            assertThat(counter.executedPerConnection.values()).as("SET ROLE statements sent, per connection")
                    .isNotEmpty().allMatch(n -> n.get() == 1);
        }
    }

    /** Counts the {@code SET ROLE} statements prepared on, and executed by, the driver's connections. */
    private static final class RoleCounter {

        final AtomicInteger prepared = new AtomicInteger();
        final Map<Connection, AtomicInteger> executedPerConnection = new ConcurrentHashMap<>();

        DataSource wrap(DataSource target) {
            return (DataSource) Proxy.newProxyInstance(RoleResetTest.class.getClassLoader(),
                    new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                        Object result = call(target, method, args);
                        return result instanceof Connection c ? connection(c) : result;
                    });
        }

        private Connection connection(Connection target) {
            return (Connection) Proxy.newProxyInstance(RoleResetTest.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        Object result = call(target, method, args);
                        if (method.getName().equals("prepareStatement") && args.length == 1
                                && args[0] instanceof String sql && sql.startsWith("SET ROLE")) {
                            prepared.incrementAndGet();
                            return statement(target, (PreparedStatement) result);
                        }
                        return result;
                    });
        }

        private PreparedStatement statement(Connection owner, PreparedStatement target) {
            return (PreparedStatement) Proxy.newProxyInstance(RoleResetTest.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, (proxy, method, args) -> {
                        if (method.getName().startsWith("execute")) {
                            executedPerConnection.computeIfAbsent(owner, c -> new AtomicInteger()).incrementAndGet();
                        }
                        return call(target, method, args);
                    });
        }

        private static Object call(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
