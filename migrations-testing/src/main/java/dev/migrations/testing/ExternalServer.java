package dev.migrations.testing;

import dev.migrations.url.DatabaseUrl;

/**
 * A server named by {@code MIGRATIONS_TEST_URL}: {@code postgres://user:pass@host:port/db} or
 * {@code jdbc:postgresql://host:port/db?user=u&password=p} (any form {@link DatabaseUrl} reads; its first host is
 * used). The named database is used for administration; tests get databases of their own next to it. Without a
 * user or database in the URL, both are {@code postgres}.
 */
record ExternalServer(String host, int port, String user, String password, String adminDatabase)
        implements PostgresServer {

    static ExternalServer parse(String url) {
        DatabaseUrl parsed = DatabaseUrl.parse(url);
        String user = parsed.user().isEmpty() ? "postgres" : parsed.user();
        String database = parsed.database().isEmpty() ? "postgres" : parsed.database();
        return new ExternalServer(parsed.host().name(), parsed.host().port(), user, parsed.password(), database);
    }

    @Override
    public String description() {
        return "external server " + host + ":" + port;
    }

    @Override
    public String toString() {
        return description();
    }

    @Override
    public void close() {
        // the external server is not ours to stop
    }
}
