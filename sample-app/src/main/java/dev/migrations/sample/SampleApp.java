package dev.migrations.sample;

import dev.migrations.error.ErrorKind;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool.PoolInitializationException;
import dev.migrations.core.error.HistoryConflictException;
import dev.migrations.core.internal.connect.DatabaseUrl;
import dev.migrations.core.result.MigrateResult;
import dev.migrations.error.MigrationsException;
import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small service that migrates its database at start-up, then serves HTTP.
 *
 * <p>{@code java -jar sample-app.jar} migrates schema {@code app} with the files shipped in the jar, once, then
 * serves on {@code $PORT}. See {@link AppConfig#USAGE} for the options; {@link #start(AppConfig)} runs it in-process.
 */
public final class SampleApp {

    private static final Logger LOG = LoggerFactory.getLogger(SampleApp.class);

    private SampleApp() {
    }

    /** Entry point; exits 0 on success, 1 when the work failed, 2 on a usage error. */
    public static void main(String[] args) {
        AppConfig config;
        try {
            config = AppConfig.from(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("sample-app: " + e.getMessage());
            System.err.println(AppConfig.USAGE);
            System.exit(2);
            return;
        }
        int exitCode = run(config);
        if (exitCode != 0 || config.command() != AppConfig.Command.SERVE) {
            System.exit(exitCode);
        }
    }

    /** Runs one command; for {@code SERVE} it returns once the API is up, leaving it running until shutdown. */
    static int run(AppConfig config) {
        try {
            switch (config.command()) {
                case HELP -> System.out.println(AppConfig.USAGE);
                case MIGRATE_ONLY -> migrateOnly(config);
                case CREATE_LEGACY_DB -> createLegacyDatabase(config);
                case SERVE -> {
                    RunningApp app = start(config);
                    Runtime.getRuntime().addShutdownHook(new Thread(app::close, "sample-app-stop"));
                    LOG.info("listening on http://localhost:{} (GET /health, GET /profiles, POST /users); "
                            + "Ctrl-C stops", app.port());
                }
                default -> throw new IllegalStateException("unknown command " + config.command());
            }
            return 0;
        } catch (Exception e) {
            LOG.error("{}", failure(e, config));
            LOG.debug("failure details", e);
            return 1;
        }
    }

    /**
     * Starts the sample: database (embedded when no URL is configured), one migration run, then the HTTP API.
     *
     * @throws MigrationsException when migrating fails; nothing is left running then
     */
    public static RunningApp start(AppConfig config) throws IOException {
        Database database = Database.open(config);
        HikariDataSource pool = null;
        try {
            LOG.info("database: {}", database.describe());
            MigrateResult result;
            if (database.sameUrl()) {
                pool = ConnectionPool.open(database.migrationUrl(), "sample-app");
                result = SchemaMigrator.migrate(pool, config.baselineVersion());
            } else {
                try (HikariDataSource migrationPool = ConnectionPool.open(database.migrationUrl(), "migrations")) {
                    result = SchemaMigrator.migrate(migrationPool, config.baselineVersion());
                }
                pool = ConnectionPool.open(database.appUrl(), "sample-app");
            }
            return new RunningApp(database, pool, HttpApi.start(config.httpPort(), pool), result);
        } catch (IOException | RuntimeException e) {
            if (pool != null) {
                pool.close();
            }
            database.close();
            throw e;
        }
    }

    /** Migrates and returns; what {@code --migrate-only} does. */
    static MigrateResult migrateOnly(AppConfig config) {
        try (Database database = Database.open(config)) {
            LOG.info("database: {}", database.describe());
            try (HikariDataSource pool = ConnectionPool.open(database.migrationUrl(), "migrations")) {
                return SchemaMigrator.migrate(pool, config.baselineVersion());
            }
        }
    }

    /** Creates the pre-library 1.0.0 schema; what {@code --create-legacy-db} does. */
    static String createLegacyDatabase(AppConfig config) throws Exception {
        try (Database database = Database.open(config)) {
            LOG.info("database: {}", database.describe());
            try (HikariDataSource pool = ConnectionPool.open(database.migrationUrl(), "legacy")) {
                String version = LegacyDatabase.create(pool);
                LOG.info("legacy database ready: schema {} has the {} tables, rows and trigger, and no revisions "
                        + "table. Adopt it with: java -jar sample-app.jar --baseline {}", SchemaMigrator.SCHEMA,
                        LegacyDatabase.RELEASE, version);
                return version;
            }
        }
    }

    /** One line for the operator: the library's own message, or the cause of a start-up failure. */
    private static String failure(Exception e, AppConfig config) {
        if (e instanceof HistoryConflictException conflict
                && conflict.kind() == ErrorKind.DIRTY_DATABASE) {
            return e.getMessage() + "\nWith this sample: if the schema is that of release " + LegacyDatabase.RELEASE
                    + " (as --create-legacy-db makes it), adopt it with --baseline " + LegacyDatabase.baselineVersion();
        }
        if (e instanceof MigrationsException) {
            return e.getMessage();
        }
        if (e instanceof PoolInitializationException && e.getCause() != null) {
            return "cannot connect to the database: " + DatabaseUrl.redact(String.valueOf(e.getCause().getMessage()));
        }
        String message = Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !message.contains(cause.getMessage())) {
            message += ": " + cause.getMessage();
        }
        return (config.command() == AppConfig.Command.CREATE_LEGACY_DB ? "could not create the legacy database: "
                : "could not start: ") + message;
    }
}
