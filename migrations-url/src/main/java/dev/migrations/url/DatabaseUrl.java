package dev.migrations.url;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL connection URL, read from a JDBC URL ({@code jdbc:postgresql://host:5432/db?user=u},
 * {@code jdbc:postgresql:db}) or a libpq URI ({@code postgres://user:pass@h1,h2:5433/db?sslmode=require}).
 *
 * <p>The password (and an {@code sslpassword}) never appears in {@link #toString()}, {@link #redacted()},
 * {@link #jdbcUrl()} or an exception message; it travels only in {@link #driverProperties()}.
 *
 * @param hosts      the servers to try, in order (at least one)
 * @param database   the database name ({@code ""}: the driver's default, the user name)
 * @param user       the login ({@code ""} when none)
 * @param password   the password ({@code ""} when none)
 * @param parameters the other parameters under the JDBC driver's names (libpq names translated), in the URL's
 *                   order (a JDBC URL's sorted by name), including this project's own {@code search_path}, {@code schema} and {@code pgbouncer}
 */
public record DatabaseUrl(List<Host> hosts, String database, String user, String password,
        Map<String, String> parameters) {

    /** Parameters this project reads itself; the driver does not get them. */
    private static final Set<String> OWN_PARAMETERS = Set.of("pgbouncer", "search_path", "schema");
    /** Parameters that hold secrets: passed as driver properties, never written into a URL or a message. */
    private static final Set<String> SECRET_PARAMETERS = Set.of("password", "sslpassword");
    /** The driver's socket factory for Unix-domain sockets, from the junixsocket library. */
    static final String UNIX_SOCKET_FACTORY = "org.newsclub.net.unix.AFUNIXSocketFactory$FactoryArg";
    private static final Pattern OPTIONS_SEARCH_PATH = Pattern.compile("-c\\s*search_path=((?:\\\\ |[^ ])+)");

    public DatabaseUrl {
        if (hosts == null || hosts.isEmpty()) {
            throw new IllegalArgumentException("a database URL names at least one host");
        }
        hosts = List.copyOf(hosts);
        database = database == null ? "" : database;
        user = user == null ? "" : user;
        password = password == null ? "" : password;
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    /**
     * Reads a {@code jdbc:postgresql:} URL (with the driver's own parser) or a {@code postgres://} /
     * {@code postgresql://} URI.
     *
     * @throws DatabaseUrlException when the text is empty, not a PostgreSQL URL, or malformed
     */
    public static DatabaseUrl parse(String url) {
        if (url == null || url.isBlank()) {
            throw new DatabaseUrlException(DatabaseUrlException.Problem.MISSING, "",
                    "no database URL given: pass --url or set DATABASE_URL");
        }
        String text = url.strip();
        boolean jdbc = text.startsWith("jdbc:postgresql:");
        boolean libpq = text.startsWith("postgres://") || text.startsWith("postgresql://");
        if (!jdbc && !libpq) {
            throw new DatabaseUrlException(DatabaseUrlException.Problem.UNSUPPORTED_SCHEME, redact(text),
                    "unsupported database URL '" + redact(text) + "': expected "
                            + "postgres://user:password@host:5432/database or jdbc:postgresql://host:5432/database");
        }
        try {
            return jdbc ? JdbcUrl.parse(text) : LibpqUri.parse(text);
        } catch (IllegalArgumentException e) {
            throw new DatabaseUrlException(DatabaseUrlException.Problem.MALFORMED, redact(text),
                    "malformed database URL '" + redact(text) + "': " + e.getMessage());
        }
    }

    /** This URL with the given credentials instead of its own; a {@code null} one keeps the URL's. */
    public DatabaseUrl withCredentials(String newUser, String newPassword) {
        return new DatabaseUrl(hosts, database, newUser != null ? newUser : user,
                newPassword != null ? newPassword : password, parameters);
    }

    /** The first host. */
    public Host host() {
        return hosts.get(0);
    }

    /**
     * The JDBC URL to connect with: hosts, database and the driver's parameters, without credentials or other
     * secrets (those are in {@link #driverProperties()}). A Unix-domain socket becomes the driver's socket factory.
     *
     * @throws DatabaseUrlException when the URL names a Unix-domain socket and junixsocket is not on the class path
     */
    public String jdbcUrl() {
        StringJoiner servers = new StringJoiner(",", "jdbc:postgresql://", "/");
        Optional<Host> socket = unixSocket();
        if (socket.isPresent()) {
            servers.add("localhost:" + socket.get().port());
        } else {
            hosts.forEach(host -> servers.add(host.authority()));
        }
        StringBuilder url = new StringBuilder(servers.toString()).append(PercentEncoding.encode(database));
        String separator = "?";
        if (socket.isPresent()) {
            url.append("?socketFactory=").append(PercentEncoding.encode(UNIX_SOCKET_FACTORY))
                    .append("&socketFactoryArg=").append(PercentEncoding.encode(socket.get().socketFile()));
            separator = "&";
        }
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            if (!OWN_PARAMETERS.contains(p.getKey()) && !SECRET_PARAMETERS.contains(p.getKey())) {
                url.append(separator).append(PercentEncoding.encode(p.getKey())).append('=')
                        .append(PercentEncoding.encode(p.getValue()));
                separator = "&";
            }
        }
        return url.toString();
    }

    /** Driver properties: the credentials and other secrets, and an application name ({@code migrations}). */
    public Properties driverProperties() {
        Properties props = new Properties();
        if (!user.isEmpty()) {
            props.setProperty("user", user);
        }
        if (!password.isEmpty()) {
            props.setProperty("password", password);
        }
        for (String secret : SECRET_PARAMETERS) {
            String value = parameters.get(secret);
            if (value != null) {
                props.setProperty(secret, value);
            }
        }
        if (!parameters.containsKey("ApplicationName")) {
            props.setProperty("ApplicationName", "migrations");
        }
        return props;
    }

    /**
     * The schema named by the URL: the first entry of {@code search_path}, else {@code currentSchema}, else a
     * {@code -c search_path=...} in {@code options}.
     */
    public Optional<String> searchPathSchema() {
        String path = parameters.getOrDefault("search_path", parameters.get("currentSchema"));
        if (path == null) {
            Matcher m = OPTIONS_SEARCH_PATH.matcher(parameters.getOrDefault("options", ""));
            path = m.find() ? m.group(1).replace("\\ ", " ") : null;
        }
        if (path == null || path.isBlank()) {
            return Optional.empty();
        }
        String first = path.split(",")[0].strip();
        if (first.length() >= 2 && first.startsWith("\"") && first.endsWith("\"")) {
            first = first.substring(1, first.length() - 1).replace("\"\"", "\"");
        }
        return Optional.of(first);
    }

    /**
     * The URL as logs and messages show it: {@code user:***@host:5432/db}, login and servers without the password
     * or any parameter.
     */
    public String redacted() {
        StringBuilder text = new StringBuilder();
        if (!user.isEmpty()) {
            text.append(user).append(password.isEmpty() ? "" : ":***").append('@');
        }
        StringJoiner servers = new StringJoiner(",");
        hosts.forEach(host -> servers.add(host.toString()));
        return text.append(servers).append('/').append(database).toString();
    }

    @Override
    public String toString() {
        return redacted();
    }

    /**
     * Removes passwords from any text that may quote a URL ({@code user:secret@host}, {@code password=...}), such
     * as a driver's error message.
     */
    public static String redact(String text) {
        return text.replaceAll("(://[^:/@\\s]*:)[^\\s]*@", "$1***@")
                .replaceAll("(?i)((?:ssl)?password=)[^&\\s]*", "$1***");
    }

    /**
     * The Unix-domain socket this URL connects through, if it names one.
     *
     * @throws DatabaseUrlException when it mixes a socket with other hosts, or junixsocket is missing
     */
    private Optional<Host> unixSocket() {
        if (hosts.stream().noneMatch(Host::unixSocket)) {
            return Optional.empty();
        }
        if (hosts.size() > 1) {
            throw new DatabaseUrlException(DatabaseUrlException.Problem.MALFORMED, redacted(), "the database URL "
                    + redacted() + " mixes a Unix-domain socket with other hosts: name the socket alone");
        }
        try {
            Class.forName(UNIX_SOCKET_FACTORY, false, DatabaseUrl.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new DatabaseUrlException(DatabaseUrlException.Problem.UNIX_SOCKET_UNAVAILABLE, redacted(),
                    "the database URL " + redacted() + " connects through the Unix-domain socket "
                            + host().socketFile() + ", which the PostgreSQL JDBC driver reaches only with junixsocket:"
                            + " add com.kohlschutter.junixsocket:junixsocket-core to the class path, or connect over"
                            + " TCP (host=localhost)");
        }
        return Optional.of(host());
    }
}
