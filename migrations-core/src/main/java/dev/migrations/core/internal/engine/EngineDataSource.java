package dev.migrations.core.internal.engine;

import dev.migrations.core.internal.connect.Identifiers;
import dev.migrations.core.internal.connect.SessionTimeouts;
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
 *   <li>Flyway sets its role back ({@code SET ROLE '<role>'}) three times per file; once that statement succeeded on
 *       a connection, a repeat of it reports success without a round trip until something may have changed the
 *       role: a file that may change the session ({@link #roleMayHaveChanged}), or a rollback.</li>
 * </ul>
 * {@link FileExecutor} reports files that may have changed the session and puts the {@code search_path} back after
 * them. Everything else Flyway sends reaches the server unchanged.
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
     * {@code SET ROLE} that repeats the last one that succeeded while nothing may have changed the role since.
     */
    private static final class EngineConnection implements InvocationHandler {

        private static final Pattern SET_ROLE = Pattern.compile("SET ROLE '[^']*'");

        private final Connection target;
        private final String restoreSql;
        /** The {@code SET ROLE} statement in effect on the session, null when unknown. */
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
            } else if (name.equals("rollback")) {
                // a SET ROLE inside the rolled-back transaction is undone with it
                roleSet = null;
            } else if (name.equals("prepareStatement") && args.length == 1 && args[0] instanceof String sql
                    && SET_ROLE.matcher(sql).matches()) {
                return roleStatement(sql);
            }
            return call(target, method, args);
        }

        /** The statement of a {@code SET ROLE}: a repeat of the one in effect does not go to the server. */
        private PreparedStatement roleStatement(String sql) throws SQLException {
            PreparedStatement statement = target.prepareStatement(sql);
            boolean repeat = sql.equals(roleSet);
            InvocationHandler handler = (proxy, method, args) -> {
                String name = method.getName();
                boolean executes = name.equals("execute") || name.equals("executeUpdate")
                        || name.equals("executeLargeUpdate");
                if (executes && (args == null || args.length == 0)) {
                    if (repeat && sql.equals(roleSet)) {
                        return name.equals("execute") ? Boolean.FALSE
                                : name.equals("executeUpdate") ? (Object) 0 : (Object) 0L;
                    }
                    Object result = call(statement, method, args);
                    roleSet = target.getAutoCommit() ? sql : null;
                    return result;
                }
                return call(statement, method, args);
            };
            return (PreparedStatement) Proxy.newProxyInstance(EngineDataSource.class.getClassLoader(),
                    new Class<?>[] {PreparedStatement.class}, handler);
        }

        private static Object call(Object target, Method method, Object[] args) throws Throwable {
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
