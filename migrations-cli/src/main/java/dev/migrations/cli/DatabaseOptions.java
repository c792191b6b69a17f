package dev.migrations.cli;

import dev.migrations.core.MigrationsConfiguration;
import java.time.Duration;
import java.util.Map;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Options of every verb that talks to a database: where it is and how to behave on it. */
public final class DatabaseOptions {

    @Option(names = "--url", paramLabel = "<url>",
            description = {"Database URL: postgres://user:pass@host:5432/db?search_path=app or a JDBC URL.",
                    "Default: $DIRECT_DATABASE_URL, else $DATABASE_URL. search_path picks the schema."})
    private String url;

    @Option(names = "--schema", paramLabel = "<schema>",
            description = "Target schema (default: the URL's search_path, else public).")
    private String schema;

    @Option(names = "--revisions-schema", paramLabel = "<schema>",
            description = "Schema of the revisions table (default: the target schema).")
    private String revisionsSchema;

    @Option(names = "--revisions-table", paramLabel = "<name>",
            description = "Name of the revisions table (default: atlas_schema_revisions).")
    private String revisionsTable;

    @Option(names = "--lock-timeout", paramLabel = "<duration>", converter = DurationConverter.class,
            description = "How long to wait for another run holding the migration lock, e.g. 30s, 5m "
                    + "(default: 5m).")
    private Duration lockTimeout;

    @Option(names = "--allow-pooler",
            description = "Migrate even though the URL looks like a transaction-mode pooler (PgBouncer, port 6543). "
                    + "Only right for poolers in session mode.")
    private boolean allowPooler;

    /** Applies these options to a configuration; {@code env} supplies DATABASE_URL and DIRECT_DATABASE_URL. */
    void applyTo(MigrationsConfiguration config, Map<String, String> env) {
        config.url(resolveUrl(env));
        if (schema != null) {
            config.schema(schema);
        }
        if (revisionsSchema != null) {
            config.revisionsSchema(revisionsSchema);
        }
        if (revisionsTable != null) {
            config.revisionsTable(revisionsTable);
        }
        if (lockTimeout != null) {
            config.lockTimeout(lockTimeout);
        }
        config.allowPooler(allowPooler);
    }

    private String resolveUrl(Map<String, String> env) {
        if (url != null && !url.isBlank()) {
            return url;
        }
        for (String name : new String[] {"DIRECT_DATABASE_URL", "DATABASE_URL"}) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        throw new dev.migrations.error.MigrationsException(dev.migrations.error.ErrorKind.INVALID_CONFIGURATION,
                "no database URL: pass --url "
                + "postgres://user:password@host:5432/database, or set DATABASE_URL (or DIRECT_DATABASE_URL)");
    }

    /** Parses {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h} or a plain number of seconds. */
    static final class DurationConverter implements ITypeConverter<Duration> {

        @Override
        public Duration convert(String value) {
            String v = value.strip().toLowerCase(java.util.Locale.ROOT);
            if (v.startsWith("-")) {
                throw new TypeConversionException("'" + value + "' is not a duration: use e.g. 500ms, 30s, 5m or 1h");
            }
            try {
                if (v.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
                }
                long amount = Long.parseLong(v.replaceAll("[smh]$", ""));
                return switch (v.charAt(v.length() - 1)) {
                    case 'm' -> Duration.ofMinutes(amount);
                    case 'h' -> Duration.ofHours(amount);
                    default -> Duration.ofSeconds(amount);
                };
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                throw new TypeConversionException("'" + value + "' is not a duration: use e.g. 500ms, 30s, 5m or 1h");
            }
        }
    }
}
