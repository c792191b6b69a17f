package dev.migrations.sample;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How the sample runs, read from the environment and the command line.
 *
 * @param command         what to do
 * @param httpPort        port of the HTTP API ({@code PORT}, default 8080; 0 picks a free port)
 * @param directUrl       {@code DIRECT_DATABASE_URL}: a direct connection, preferred for migrating
 * @param url             {@code DATABASE_URL}: the application's connection, preferred for serving
 * @param dataDirectory   data directory of the embedded PostgreSQL used when neither URL is set
 * @param baselineVersion {@code --baseline}: adopt a database that has the schema but no revisions at this version
 */
public record AppConfig(Command command, int httpPort, Optional<String> directUrl, Optional<String> url,
        Path dataDirectory, Optional<String> baselineVersion) {

    /** What the process does. */
    public enum Command {
        /** Migrate, then serve HTTP until stopped. */
        SERVE,
        /** Migrate and exit. */
        MIGRATE_ONLY,
        /** Create the 1.0.0 schema without the migration library (for the baseline walkthrough) and exit. */
        CREATE_LEGACY_DB,
        /** Print the usage and exit. */
        HELP
    }

    /** Default HTTP port. */
    public static final int DEFAULT_PORT = 8080;

    /** The command-line help. */
    public static final String USAGE = """
            usage: java -jar sample-app.jar [--migrate-only | --create-legacy-db] [--baseline <version>]

              (no option)          migrate the database, then serve GET /health, GET /profiles, POST /users
              --migrate-only       migrate the database and exit
              --create-legacy-db   create the release 1.0.0 tables directly, without the migration library,
                                   as an existing database would have them; then exit
              --baseline <version> adopt a database that already has the schema up to <version> but no
                                   revisions table: files up to <version> are recorded, not run

            environment:
              PORT                    HTTP port (default 8080)
              DIRECT_DATABASE_URL     database to migrate (postgres://user:pass@host:5432/db or a JDBC URL)
              DATABASE_URL            database to serve from (and to migrate when DIRECT_DATABASE_URL is unset)
              MIGRATIONS_SAMPLE_DATA  data directory of the embedded PostgreSQL used when no URL is set
                                      (default: <user cache directory>/migrations-sample/pgdata)""";

    public AppConfig {
        if (httpPort < 0 || httpPort > 65_535) {
            throw new IllegalArgumentException("PORT must be between 0 and 65535, got " + httpPort);
        }
    }

    /** A configuration that serves from the database at {@code url}, on {@code httpPort}. */
    public static AppConfig forDatabase(String url, int httpPort) {
        return new AppConfig(Command.SERVE, httpPort, Optional.empty(), Optional.of(url),
                defaultDataDirectory(System.getenv()), Optional.empty());
    }

    /** This configuration with another command. */
    public AppConfig withCommand(Command newCommand) {
        return new AppConfig(newCommand, httpPort, directUrl, url, dataDirectory, baselineVersion);
    }

    /** This configuration adopting a database without revisions at {@code version}. */
    public AppConfig withBaseline(String version) {
        return new AppConfig(command, httpPort, directUrl, url, dataDirectory, Optional.of(version));
    }

    /** True when neither URL is set, so the embedded PostgreSQL is used. */
    public boolean embedded() {
        return directUrl.isEmpty() && url.isEmpty();
    }

    /**
     * Reads the command line and the environment.
     *
     * @throws IllegalArgumentException for an unknown option, a missing value or a bad {@code PORT}
     */
    public static AppConfig from(String[] args, Map<String, String> env) {
        Command command = Command.SERVE;
        Optional<String> baseline = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--migrate-only" -> command = exclusive(command, Command.MIGRATE_ONLY, arg);
                case "--create-legacy-db" -> command = exclusive(command, Command.CREATE_LEGACY_DB, arg);
                case "--help", "-h" -> command = Command.HELP;
                case "--baseline" -> {
                    if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                        throw new IllegalArgumentException("--baseline needs a version, e.g. "
                                + "--baseline 20250110090300");
                    }
                    baseline = Optional.of(args[++i]);
                }
                default -> {
                    if (arg.startsWith("--baseline=") && arg.length() > "--baseline=".length()) {
                        baseline = Optional.of(arg.substring("--baseline=".length()));
                    } else {
                        throw new IllegalArgumentException("unknown option '" + arg + "'");
                    }
                }
            }
        }
        if (command == Command.CREATE_LEGACY_DB && baseline.isPresent()) {
            throw new IllegalArgumentException("--baseline adopts an existing database; it does not go with "
                    + "--create-legacy-db, which creates one");
        }
        return new AppConfig(command, port(env.get("PORT")), value(env, "DIRECT_DATABASE_URL"),
                value(env, "DATABASE_URL"), value(env, "MIGRATIONS_SAMPLE_DATA").map(Path::of)
                        .orElseGet(() -> defaultDataDirectory(env)), baseline);
    }

    private static Command exclusive(Command current, Command wanted, String option) {
        if (current != Command.SERVE && current != Command.HELP && current != wanted) {
            throw new IllegalArgumentException(option + " cannot be combined with --"
                    + current.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        }
        return current == Command.HELP ? current : wanted;
    }

    private static int port(String text) {
        if (text == null || text.isBlank()) {
            return DEFAULT_PORT;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("PORT must be a number, got '" + text + "'", e);
        }
    }

    private static Optional<String> value(Map<String, String> env, String name) {
        return Optional.ofNullable(env.get(name)).map(String::strip).filter(v -> !v.isEmpty());
    }

    /** {@code <user cache directory>/migrations-sample/pgdata}, the cache directory as each OS names it. */
    static Path defaultDataDirectory(Map<String, String> env) {
        Path home = Path.of(System.getProperty("user.home"));
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path cache;
        if (os.startsWith("windows")) {
            cache = value(env, "LOCALAPPDATA").map(Path::of).orElse(home.resolve("AppData").resolve("Local"));
        } else if (os.startsWith("mac")) {
            cache = home.resolve("Library").resolve("Caches");
        } else {
            cache = value(env, "XDG_CACHE_HOME").map(Path::of).orElse(home.resolve(".cache"));
        }
        return cache.resolve("migrations-sample").resolve("pgdata");
    }
}
