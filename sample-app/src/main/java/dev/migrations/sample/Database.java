package dev.migrations.sample;

import dev.migrations.core.internal.connect.DatabaseUrl;
import java.util.Optional;

/**
 * Where the sample's database is: the URLs from the environment, or else an embedded PostgreSQL it starts.
 *
 * <p>As with Prisma's {@code directUrl}, migrations prefer {@code DIRECT_DATABASE_URL}: a transaction-mode pooler
 * (PgBouncer, Supabase port 6543) cannot hold the migration lock, while the application itself may well use one
 * through {@code DATABASE_URL}.
 */
final class Database implements AutoCloseable {

    private final DatabaseUrl migrationUrl;
    private final DatabaseUrl appUrl;
    private final Optional<EmbeddedDatabase> embedded;

    private Database(DatabaseUrl migrationUrl, DatabaseUrl appUrl, Optional<EmbeddedDatabase> embedded) {
        this.migrationUrl = migrationUrl;
        this.appUrl = appUrl;
        this.embedded = embedded;
    }

    /** Resolves the configured URLs, or starts the embedded server when there are none. */
    static Database open(AppConfig config) {
        if (config.embedded()) {
            EmbeddedDatabase server = EmbeddedDatabase.start(config.dataDirectory());
            return new Database(server.url(), server.url(), Optional.of(server));
        }
        DatabaseUrl migration = DatabaseUrl.parse(config.directUrl().orElseGet(() -> config.url().orElseThrow()));
        DatabaseUrl app = config.url().map(DatabaseUrl::parse).orElse(migration);
        return new Database(migration, app, Optional.empty());
    }

    /** The URL to migrate through. */
    DatabaseUrl migrationUrl() {
        return migrationUrl;
    }

    /** The URL to serve requests through. */
    DatabaseUrl appUrl() {
        return appUrl;
    }

    /** Whether migrating and serving use the same URL (then one pool does both). */
    boolean sameUrl() {
        return migrationUrl.equals(appUrl);
    }

    /** How to describe the database in a log line, password left out. */
    String describe() {
        return embedded.map(e -> "embedded PostgreSQL, psql postgres://" + migrationUrl.redacted())
                .orElseGet(() -> sameUrl() ? migrationUrl.redacted()
                        : migrationUrl.redacted() + " (migrations), " + appUrl.redacted() + " (requests)");
    }

    /** Stops the embedded server, if one was started. */
    @Override
    public void close() {
        embedded.ifPresent(EmbeddedDatabase::close);
    }
}
