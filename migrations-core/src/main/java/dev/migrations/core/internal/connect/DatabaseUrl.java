package dev.migrations.core.internal.connect;

import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * A PostgreSQL connection URL, given either as a JDBC URL ({@code jdbc:postgresql://host:5432/db?user=u})
 * or as a libpq URI ({@code postgres://user:pass@host:5432/db?sslmode=require&search_path=app}).
 *
 * <p>The password is kept out of {@link #toString()} and {@link #redacted()}, which are what logs and
 * error messages use.
 */
public record DatabaseUrl(String jdbcUrl, String user, String password, Map<String, String> parameters) {

    /** Parameters of a libpq URI that are ours to interpret, not the driver's. */
    private static final java.util.Set<String> NOT_FOR_DRIVER = java.util.Set.of("pgbouncer", "search_path",
            "connect_timeout", "application_name", "user", "password", "schema");

    public DatabaseUrl {
        parameters = Map.copyOf(parameters);
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /** Parses a JDBC URL or a {@code postgres://} / {@code postgresql://} URI. */
    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new MigrationsException(ErrorKind.INVALID_CONFIGURATION, "no database URL given: pass --url or set DATABASE_URL");
        }
        String text = url.strip();
        boolean jdbc = text.startsWith("jdbc:postgresql:");
        boolean uri = text.startsWith("postgres://") || text.startsWith("postgresql://");
        if (!jdbc && !uri) {
            throw new MigrationsException(ErrorKind.INVALID_CONFIGURATION, "unsupported database URL '" + redact(text) + "': expected "
                    + "postgres://user:password@host:5432/database or jdbc:postgresql://host:5432/database");
        }
        String rest = text.substring(text.indexOf("://") + 3);
        int query = rest.indexOf('?');
        Map<String, String> params = new LinkedHashMap<>();
        if (query >= 0) {
            for (String pair : rest.substring(query + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                String[] kv = pair.split("=", 2);
                params.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
            }
            rest = rest.substring(0, query);
        }
        String user = params.get("user");
        String password = params.get("password");
        int at = rest.lastIndexOf('@');
        if (at >= 0) {
            String info = rest.substring(0, at);
            rest = rest.substring(at + 1);
            int colon = info.indexOf(':');
            user = decode(colon < 0 ? info : info.substring(0, colon));
            if (colon >= 0) {
                password = decode(info.substring(colon + 1));
            }
        }
        int slash = rest.indexOf('/');
        String hostPort = slash < 0 ? rest : rest.substring(0, slash);
        String database = slash < 0 ? "" : decode(rest.substring(slash + 1));
        if (hostPort.isEmpty()) {
            hostPort = "localhost";
        }
        if (database.isEmpty()) {
            database = user == null || user.isEmpty() ? "postgres" : user;
        }
        StringBuilder jdbcUrl = new StringBuilder("jdbc:postgresql://").append(hostPort).append('/')
                .append(database);
        String sep = "?";
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (!NOT_FOR_DRIVER.contains(p.getKey())) {
                jdbcUrl.append(sep).append(p.getKey()).append('=').append(p.getValue());
                sep = "&";
            }
        }
        return new DatabaseUrl(jdbcUrl.toString(), user, password, params);
    }

    /** The schema named by {@code search_path} (its first entry), if any. */
    public Optional<String> searchPathSchema() {
        String path = parameters.getOrDefault("search_path", parameters.get("currentSchema"));
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        String first = path.split(",")[0].strip();
        if (first.length() >= 2 && first.startsWith("\"") && first.endsWith("\"")) {
            first = first.substring(1, first.length() - 1).replace("\"\"", "\"");
        }
        return Optional.of(first);
    }

    /** Driver properties: credentials, connect timeout and application name. */
    public Properties driverProperties() {
        Properties props = new Properties();
        if (!user.isEmpty()) {
            props.setProperty("user", user);
        }
        if (!password.isEmpty()) {
            props.setProperty("password", password);
        }
        String timeout = parameters.get("connect_timeout");
        if (timeout != null) {
            props.setProperty("connectTimeout", timeout);
        }
        props.setProperty("ApplicationName", parameters.getOrDefault("application_name", "migrations"));
        return props;
    }

    /** The URL with the password replaced by {@code ***}. */
    public String redacted() {
        return (user.isEmpty() ? "" : user + (password.isEmpty() ? "" : ":***") + "@")
                + jdbcUrl.substring("jdbc:postgresql://".length());
    }

    @Override
    public String toString() {
        return redacted();
    }

    /** Removes a password from any URL-looking text ({@code user:secret@host} and {@code password=...}). */
    public static String redact(String text) {
        return text.replaceAll("(://[^:/@\\s]*:)[^@\\s]*@", "$1***@")
                .replaceAll("(?i)(password=)[^&\\s]*", "$1***");
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
