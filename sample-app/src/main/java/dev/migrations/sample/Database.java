package dev.migrations.sample;

import dev.migrations.url.DatabaseUrl;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * The database the application's connection pool uses: the configured URL (a {@code postgres://} URI or a JDBC URL,
 * read by the library's {@link DatabaseUrl}), or else an embedded PostgreSQL started for it. As a
 * {@link JdbcConnectionDetails} bean it takes the place of {@code spring.datasource.url}/{@code username}/
 * {@code password}; the migration starter migrates through the same pool unless {@code migrations.url} is set.
 */
public final class Database implements JdbcConnectionDetails, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DatabaseUrl url;
    private final Optional<EmbeddedDatabase> embedded;

    private Database(DatabaseUrl url, Optional<EmbeddedDatabase> embedded) {
        this.url = url;
        this.embedded = embedded;
    }

    /** Resolves the configured URL, or starts the embedded server when none is set. */
    public static Database open(DatabaseSettings settings) {
        Optional<String> configured = settings.servingUrl();
        Database database;
        if (configured.isPresent()) {
            database = new Database(DatabaseUrl.parse(configured.get()), Optional.empty());
            LOG.info("database: {}{}", database.url.redacted(), settings.directUrl() == null
                    || settings.directUrl().isBlank() ? "" : " (migrated through DIRECT_DATABASE_URL)");
        } else {
            EmbeddedDatabase server = EmbeddedDatabase.start(settings.embeddedDataDirectory());
            database = new Database(server.url(), Optional.of(server));
            LOG.info("database: embedded PostgreSQL, psql postgres://{}", database.url.redacted());
        }
        return database;
    }

    @Override
    public String getJdbcUrl() {
        return url.jdbcUrl();
    }

    @Override
    public String getUsername() {
        return url.user().isEmpty() ? null : url.user();
    }

    @Override
    public String getPassword() {
        return url.password().isEmpty() ? null : url.password();
    }

    /** Stops the embedded server, if one was started; its data stays. */
    @Override
    public void close() {
        embedded.ifPresent(EmbeddedDatabase::close);
    }
}
