package dev.migrations.sample;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the sample's data lives, from {@code sample.database.*} (which {@code application.properties} fills from
 * {@code DATABASE_URL}, {@code DIRECT_DATABASE_URL} and {@code MIGRATIONS_SAMPLE_DATA}).
 *
 * @param url          the database requests are served from: a {@code postgres://} URI or a JDBC URL
 * @param directUrl    a direct connection to the same database, migrated through when set (the starter's
 *                     {@code migrations.url}); also served from when {@code url} is not set
 * @param embeddedData data directory of the embedded PostgreSQL started when neither URL is set
 */
@ConfigurationProperties("sample.database")
public record DatabaseSettings(String url, String directUrl, String embeddedData) {

    /** The URL to serve from: {@code url}, else {@code directUrl}; empty when the embedded server is used. */
    public Optional<String> servingUrl() {
        return text(url).or(() -> text(directUrl));
    }

    /** The embedded server's data directory: {@code embeddedData}, else {@code <user cache>/migrations-sample/pgdata}. */
    public Path embeddedDataDirectory() {
        return text(embeddedData).map(Path::of).orElseGet(DatabaseSettings::defaultDataDirectory);
    }

    private static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** {@code <user cache directory>/migrations-sample/pgdata}, the cache directory as each OS names it. */
    static Path defaultDataDirectory() {
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path cache;
        if (os.startsWith("windows")) {
            cache = text(System.getenv("LOCALAPPDATA")).map(Path::of).orElse(home.resolve("AppData").resolve("Local"));
        } else if (os.startsWith("mac")) {
            cache = home.resolve("Library").resolve("Caches");
        } else {
            cache = text(System.getenv("XDG_CACHE_HOME")).map(Path::of).orElse(home.resolve(".cache"));
        }
        return cache.resolve("migrations-sample").resolve("pgdata");
    }
}
