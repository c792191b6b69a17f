package dev.migrations.url;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.postgresql.Driver;

/**
 * Reads a {@code jdbc:postgresql:} URL with the PostgreSQL driver's own parser, so that every form the driver takes
 * ({@code jdbc:postgresql:db}, {@code jdbc:postgresql://h1:5432,h2:5433/db?targetServerType=primary}, IPv6 hosts in
 * brackets, credentials as parameters) means here what it means to the driver.
 */
final class JdbcUrl {

    /** Keys of the driver's parse result that are not connection parameters. */
    private static final String HOST = "PGHOST";
    private static final String PORT = "PGPORT";
    private static final String DATABASE = "PGDBNAME";

    private JdbcUrl() {
    }

    /**
     * @throws IllegalArgumentException when the driver cannot read the URL
     */
    static DatabaseUrl parse(String text) {
        Properties parsed = Driver.parseURL(text, new Properties());
        if (parsed == null) {
            throw new IllegalArgumentException("the PostgreSQL driver cannot read it");
        }
        String[] names = parsed.getProperty(HOST, "localhost").split(",", -1);
        String[] ports = parsed.getProperty(PORT, String.valueOf(Host.DEFAULT_PORT)).split(",", -1);
        List<Host> hosts = new ArrayList<>(names.length);
        for (int i = 0; i < names.length; i++) {
            String name = names[i].startsWith("[") && names[i].endsWith("]")
                    ? names[i].substring(1, names[i].length() - 1) : names[i];
            String port = ports.length == names.length ? ports[i] : ports[0];
            try {
                hosts.add(new Host(name, port.isEmpty() ? Host.DEFAULT_PORT : Integer.parseInt(port)));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("port '" + port + "' is not a number from 1 to 65535");
            }
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String name : parsed.stringPropertyNames().stream().sorted().toList()) {
            if (!name.equals(HOST) && !name.equals(PORT) && !name.equals(DATABASE) && !name.equals("user")
                    && !name.equals("password")) {
                parameters.put(name, parsed.getProperty(name));
            }
        }
        return new DatabaseUrl(hosts, parsed.getProperty(DATABASE, ""), parsed.getProperty("user", ""),
                parsed.getProperty("password", ""), parameters);
    }
}
