package dev.migrations.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;

/**
 * What {@code java -jar sample-app.jar} was asked to do, read from Spring Boot's {@link ApplicationArguments}. The
 * sample's options become Spring Boot properties ({@link #bootArguments()}); every other {@code --name=value} is a
 * Spring Boot property as usual ({@code --server.port=9090}).
 *
 * @param mode     what the process does
 * @param baseline {@code --baseline <version>}: adopt a database that has the schema but no revisions at this version
 * @param args     the command line as given
 */
public record SampleCommand(Mode mode, Optional<String> baseline, List<String> args) {

    /** What the process does. */
    public enum Mode {
        /** Migrate, then serve HTTP until stopped. */
        SERVE,
        /** Migrate and exit. */
        MIGRATE_ONLY,
        /** Create the 1.0.0 schema without the migration library (for the baseline walkthrough) and exit. */
        CREATE_LEGACY_DB,
        /** Print the usage and exit. */
        HELP
    }

    /** The command-line help. */
    public static final String USAGE = """
            usage: java -jar sample-app.jar [--migrate-only | --create-legacy-db] [--baseline <version>]
                                            [--<spring.property>=<value> ...]

              (no option)          migrate the database, then serve GET /health, GET /profiles, POST /users
              --migrate-only       migrate the database and exit
              --create-legacy-db   create the release 1.0.0 tables directly, without the migration library,
                                   as an existing database would have them; then exit
              --baseline <version> adopt a database that already has the schema up to <version> but no
                                   revisions table: files up to <version> are recorded, not run
                                   (the property migrations.baseline-version)

            environment:
              PORT                    HTTP port (default 8080)
              DIRECT_DATABASE_URL     database to migrate (postgres://user:pass@host:5432/db or a JDBC URL)
              DATABASE_URL            database to serve from (and to migrate when DIRECT_DATABASE_URL is unset)
              MIGRATIONS_SAMPLE_DATA  data directory of the embedded PostgreSQL used when no URL is set
                                      (default: <user cache directory>/migrations-sample/pgdata)""";

    private static final String MIGRATE_ONLY = "migrate-only";
    private static final String CREATE_LEGACY_DB = "create-legacy-db";
    private static final String BASELINE = "baseline";
    private static final String HELP = "help";
    /** Spring Boot's own options that have no dot in their name. */
    private static final Set<String> BOOT_OPTIONS = Set.of("debug", "trace");

    public SampleCommand {
        args = List.copyOf(args);
    }

    /**
     * Reads the sample's options from the parsed command line.
     *
     * @throws IllegalArgumentException for an unknown option, a missing version or options that exclude each other
     */
    public static SampleCommand from(ApplicationArguments arguments) {
        for (String name : arguments.getOptionNames()) {
            if (!name.contains(".") && !BOOT_OPTIONS.contains(name)
                    && !Set.of(MIGRATE_ONLY, CREATE_LEGACY_DB, BASELINE, HELP).contains(name)) {
                throw new IllegalArgumentException("unknown option '--" + name + "'");
            }
        }
        Optional<String> baseline = baseline(arguments);
        List<String> others = new ArrayList<>(arguments.getNonOptionArgs());
        baseline.filter(version -> arguments.getOptionValues(BASELINE).isEmpty()).ifPresent(others::remove);
        if (!others.isEmpty()) {
            throw new IllegalArgumentException("unexpected argument '" + others.get(0) + "'");
        }
        if (arguments.containsOption(HELP)) {
            return new SampleCommand(Mode.HELP, baseline, List.of(arguments.getSourceArgs()));
        }
        boolean migrateOnly = arguments.containsOption(MIGRATE_ONLY);
        boolean createLegacy = arguments.containsOption(CREATE_LEGACY_DB);
        if (migrateOnly && createLegacy) {
            throw new IllegalArgumentException("--create-legacy-db cannot be combined with --migrate-only");
        }
        if (createLegacy && baseline.isPresent()) {
            throw new IllegalArgumentException("--baseline adopts an existing database; it does not go with "
                    + "--create-legacy-db, which creates one");
        }
        Mode mode = migrateOnly ? Mode.MIGRATE_ONLY : createLegacy ? Mode.CREATE_LEGACY_DB : Mode.SERVE;
        return new SampleCommand(mode, baseline, List.of(arguments.getSourceArgs()));
    }

    /** {@code --baseline=V}, or {@code --baseline V} (then V is the one argument that is not an option). */
    private static Optional<String> baseline(ApplicationArguments arguments) {
        if (!arguments.containsOption(BASELINE)) {
            return Optional.empty();
        }
        List<String> values = arguments.getOptionValues(BASELINE);
        if (values.size() > 1) {
            throw new IllegalArgumentException("--baseline is given " + values.size() + " times");
        }
        Optional<String> version = values.isEmpty() ? arguments.getNonOptionArgs().stream().findFirst()
                : Optional.of(values.get(0));
        return Optional.of(version.map(String::strip).filter(v -> !v.isEmpty()).orElseThrow(
                () -> new IllegalArgumentException("--baseline needs a version, e.g. --baseline 20250110090300")));
    }

    /**
     * The command line for Spring Boot: the arguments as given, plus the properties the sample's options stand for
     * (no web server for the commands that exit; no migration for {@code --create-legacy-db}; the starter's
     * {@code migrations.baseline-version} for {@code --baseline}).
     */
    public String[] bootArguments() {
        List<String> boot = new ArrayList<>(args);
        if (mode == Mode.MIGRATE_ONLY || mode == Mode.CREATE_LEGACY_DB) {
            boot.add("--spring.main.web-application-type=none");
        }
        if (mode == Mode.CREATE_LEGACY_DB) {
            boot.add("--migrations.enabled=false");
        }
        baseline.ifPresent(version -> boot.add("--migrations.baseline-version=" + version));
        return boot.toArray(String[]::new);
    }
}
