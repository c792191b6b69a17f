package dev.migrations.bench;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a PostgreSQL server listens and how to log in.
 *
 * @param host          host name
 * @param port          TCP port
 * @param user          login user; it must be allowed to create databases
 * @param password      login password, "" for none
 * @param adminDatabase the database used to create and drop the benchmark's databases
 */
record ServerAddress(String host, int port, String user, String password, String adminDatabase) {

    /**
     * Parses {@code jdbc:postgresql://host:port/db?user=u&password=p} or {@code postgres://u:p@host:port/db}.
     *
     * @throws IllegalArgumentException when the text is not such a URL
     */
    static ServerAddress parse(String url) {
        String text = url.startsWith("jdbc:") ? url.substring("jdbc:".length()) : url;
        if (!text.matches("^postgres(ql)?://.*")) {
            throw new IllegalArgumentException("MIGRATIONS_BENCH_URL must look like jdbc:postgresql://host:port/db"
                    + "?user=u&password=p or postgres://u:p@host:port/db, not " + url);
        }
        URI uri = URI.create(text.replaceFirst("^postgres(ql)?://", "postgresql://"));
        String user = "postgres";
        String password = "";
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : "";
        }
        if (uri.getRawQuery() != null) {
            for (String pair : uri.getRawQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                String value = kv.length > 1 ? decode(kv[1]) : "";
                if (kv[0].equals("user")) {
                    user = value;
                } else if (kv[0].equals("password")) {
                    password = value;
                }
            }
        }
        String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        return new ServerAddress(uri.getHost() == null ? "localhost" : uri.getHost(),
                uri.getPort() < 0 ? 5432 : uri.getPort(), user, password, database);
    }

    /** A JDBC URL for one database, without credentials. */
    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** A libpq connection string for one database, without the password (give it as {@code PGPASSWORD}). */
    String libpq(String database) {
        return "host=" + host + " port=" + port + " dbname=" + database + " user=" + user;
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + adminDatabase;
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
