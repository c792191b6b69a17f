package dev.migrations.bench;

import dev.migrations.url.DatabaseUrl;
import dev.migrations.url.DatabaseUrlException;
import dev.migrations.url.Host;

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
     * Reads any URL form {@link DatabaseUrl} takes ({@code jdbc:postgresql://host:port/db?user=u&password=p},
     * {@code postgres://u:p@host:port/db}); its first host is used. Without a user or database, both are
     * {@code postgres}.
     *
     * @throws IllegalArgumentException when the text is not such a URL (the message shows no password)
     */
    static ServerAddress parse(String url) {
        DatabaseUrl parsed;
        try {
            parsed = DatabaseUrl.parse(url);
        } catch (DatabaseUrlException e) {
            throw new IllegalArgumentException("MIGRATIONS_BENCH_URL: " + e.getMessage(), e);
        }
        return new ServerAddress(parsed.host().name(), parsed.host().port(),
                parsed.user().isEmpty() ? "postgres" : parsed.user(), parsed.password(),
                parsed.database().isEmpty() ? "postgres" : parsed.database());
    }

    /** A JDBC URL for one database, without credentials. */
    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + new Host(host, port).authority() + "/" + database;
    }

    /** A libpq connection string for one database, without the password (give it as {@code PGPASSWORD}). */
    String libpq(String database) {
        return "host=" + host + " port=" + port + " dbname=" + database + " user=" + user;
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + adminDatabase;
    }
}
