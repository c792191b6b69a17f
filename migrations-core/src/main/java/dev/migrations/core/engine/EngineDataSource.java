package dev.migrations.core.engine;

import dev.migrations.core.connect.Identifiers;
import dev.migrations.core.connect.SessionTimeouts;
import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's connections: the caller's data source, with every new connection given the run's session settings
 * (statement and lock timeouts) and a {@code search_path} that starts with the target schema; closing a connection
 * sets them back, so that a pooled connection returns to the pool as it came.
 *
 * <p>Two of Flyway's per-file session resets are made once per connection instead, the way a connection pool skips
 * resetting state that did not change:
 * <ul>
 *   <li>Flyway puts the target schema first in the {@code search_path} before every file (two round trips); it
 *       skips that when the connection's {@code search_path} already starts with the schema, as it does here.
 *       Schema names that need quoting are left to Flyway's per-file handling.</li>
 *   <li>Flyway sends {@code SET ROLE '<its role>'} three times per file; once the connection is in that role, a
 *       repeat is not sent to the server until a file may have changed the role.</li>
 * </ul>
 * {@link FileExecutor} reports files that may have changed the session ({@link #roleMayHaveChanged}) and puts the
 * {@code search_path} back after them.
 */
final class EngineDataSource implements DataSource {

    private static final Logger LOG = LoggerFactory.getLogger(EngineDataSource.class);
    private static final Pattern PLAIN_NAME = Pattern.compile("[a-z_][a-z0-9_$]*");

    private final DataSource delegate;
    private final String schema;
    private final Map<String, String> sessionSettings;
    private volatile String searchPath;

    /**
     * @param sessionSettings parameter name to value, set on every connection (e.g. {@code statement_timeout} to
     *                        {@code 5000}); names are the engine's own, never user input
     */
    EngineDataSource(DataSource delegate, String schema, Map<String, String> sessionSettings) {
        this.delegate = delegate;
        this.schema = schema;
        this.sessionSettings = sessionSettings;
    }

    /** The target schema. */
    String schema() {
        return schema;
    }

    /** The {@code search_path} given to the engine's connections, once one was opened with a plain schema name. */
    Optional<String> searchPath() {
        return Optional.ofNullable(searchPath);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return prepare(delegate.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return prepare(delegate.getConnection(username, password));
    }

    private Connection prepare(Connection c) throws SQLException {
        StringBuilder restore = new StringBuilder();
        try (Statement st = c.createStatement()) {
            // timeouts set on the role or database do not apply to the run; a statement timeout of the run does
            restore.append(SessionTimeouts.disable(c, sessionSettings.containsKey(SessionTimeouts.STATEMENT)
                    ? Set.of(SessionTimeouts.IDLE_SESSION, SessionTimeouts.IDLE_IN_TRANSACTION)
                    : Set.of(SessionTimeouts.IDLE_SESSION, SessionTimeouts.IDLE_IN_TRANSACTION,
                            SessionTimeouts.STATEMENT)));
            for (Map.Entry<String, String> setting : sessionSettings.entrySet()) {
                st.execute("SET " + setting.getKey() + " = " + setting.getValue());
                restore.append("RESET ").append(setting.getKey()).append(';');
            }
            if (PLAIN_NAME.matcher(schema).matches()) {
                String original;
                try (ResultSet rs = st.executeQuery("SHOW search_path")) {
                    rs.next();
                    original = rs.getString(1);
                }
                if (!original.equals(schema) && !original.startsWith(schema + ",")) {
                    String path = original.isBlank() ? schema : schema + ", " + original;
                    setSearchPath(c, path);
                    restore.append("SELECT set_config('search_path', ").append(Identifiers.literal(original)).append(", false);");
                    searchPath = path;
                } else {
                    searchPath = original;
                }
            }
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
        return (Connection) Proxy.newProxyInstance(EngineDataSource.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new EngineConnection(c, restore.toString()));
    }

    /** Has the next {@code SET ROLE} on {@code c}, an engine connection, sent to the server. */
    static void roleMayHaveChanged(Connection c) {
        if (Proxy.isProxyClass(c.getClass()) && Proxy.getInvocationHandler(c) instanceof EngineConnection engine) {
            engine.roleSet = null;
        }
    }

    /** Sets the session's {@code search_path}. */
    static void setSearchPath(Connection c, String path) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config('search_path', ?, false)")) {
            ps.setString(1, path);
            ps.execute();
        }
    }

    /**
     * One engine connection: runs {@code restoreSql} before closing (skipped on a broken connection), and skips a
     * {@code SET ROLE} that repeats the last one sent while nothing may have changed the role since.
     */
    private static final class EngineConnection implements InvocationHandler {

        private static final Pattern SET_ROLE = Pattern.compile("SET ROLE '[^']*'");

        private final Connection target;
        private final String restoreSql;
        private volatile String roleSet;

        EngineConnection(Connection target, String restoreSql) {
            this.target = target;
            this.restoreSql = restoreSql;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if (name.equals("close") && method.getParameterCount() == 0) {
                restore();
            } else if (name.equals("prepareStatement") && args.length == 1 && args[0] instanceof String sql
                    && SET_ROLE.matcher(sql).matches()) {
                if (sql.equals(roleSet)) {
                    return notExecuted(target.prepareStatement(sql));
                }
                roleSet = sql;
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }

        private void restore() {
            try {
                if (restoreSql.isEmpty() || target.isClosed()) {
                    return;
                }
                if (!target.getAutoCommit()) {
                    target.rollback();
                    target.setAutoCommit(true);
                }
                try (Statement st = target.createStatement()) {
                    st.execute(restoreSql);
                }
            } catch (SQLException e) {
                LOG.debug("could not restore the session settings of an engine connection: {}", e.getMessage());
            }
        }

        /** {@code statement}, whose executions report success without going to the server. */
        private static PreparedStatement notExecuted(PreparedStatement statement) {
            InvocationHandler handler = (proxy, method, args) -> {
                switch (method.getName()) {
                    case "execute":
                        return false;
                    case "executeUpdate":
                        return 0;
                    case "executeLargeUpdate":
                        return 0L;
                    default:
                        try {
                            return method.invoke(statement, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                }
            };
            return (PreparedStatement) Proxy.newProxyInstance(EngineDataSource.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, handler);
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return type.isInstance(this) ? type.cast(this) : delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return type.isInstance(this) || delegate.isWrapperFor(type);
    }
}
