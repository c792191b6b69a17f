package dev.migrations.maven;

import dev.migrations.core.Migrations;
import dev.migrations.core.MigrationsConfiguration;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * What the goals that connect share: the database URL and login, the target schema and revisions table, and how long
 * to wait for another run's lock.
 */
public abstract class AbstractDatabaseMojo extends AbstractMigrationsMojo {

    /** The server id in settings.xml used when no id is configured. */
    static final String DEFAULT_SERVER_ID = "migrations";

    /**
     * The database: {@code postgres://user:password@host:5432/database?search_path=app} or
     * {@code jdbc:postgresql://host:5432/database}. Default: the environment's {@code DIRECT_DATABASE_URL}, else
     * {@code DATABASE_URL}. The URL's {@code search_path} picks the schema.
     */
    @Parameter(property = "migrations.url")
    protected String url;

    /** Login user; default: the URL's, else the settings.xml server's. */
    @Parameter(property = "migrations.user")
    protected String user;

    /**
     * Login password; default: the URL's, else the settings.xml server's. Prefer the settings.xml server (its
     * password may be encrypted with {@code mvn --encrypt-password}) to a password in the POM.
     */
    @Parameter(property = "migrations.password")
    protected String password;

    /** The id of the settings.xml {@code <server>} whose username and password log in. */
    @Parameter(property = "migrations.serverId", defaultValue = DEFAULT_SERVER_ID)
    protected String serverId;

    /** Target schema; default: the URL's {@code search_path}, else {@code public}. */
    @Parameter(property = "migrations.schema")
    protected String schema;

    /** Schema of the revisions table; default: the target schema. */
    @Parameter(property = "migrations.revisionsSchema")
    protected String revisionsSchema;

    /** Name of the revisions table; default {@code atlas_schema_revisions}. */
    @Parameter(property = "migrations.revisionsTable")
    protected String revisionsTable;

    /** How long to wait for another run holding the migration lock: {@code 30s}, {@code 5m} (default 5m). */
    @Parameter(property = "migrations.lockTimeout")
    protected String lockTimeout;

    /** Connect even though the URL looks like a transaction-mode pooler (only right for session-mode poolers). */
    @Parameter(property = "migrations.allowPooler", defaultValue = "false")
    protected boolean allowPooler;

    @Parameter(defaultValue = "${settings}", readonly = true)
    protected Settings settings;

    private final SettingsDecrypter decrypter;

    /** @param decrypter decrypts settings.xml passwords; {@code null} takes them as written */
    protected AbstractDatabaseMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    /** Environment variables the URL may come from. */
    protected Map<String, String> environment() {
        return System.getenv();
    }

    /**
     * Configures the library from the parameters, lets the goal add its own options, then reads and verifies the
     * directory (no database contact yet).
     */
    protected Migrations load(Consumer<MigrationsConfiguration> goalOptions) {
        DatabaseLogin login = DatabaseLogin.resolve(url, environment(), user, password, this::serverCredentials);
        addSecret(login.password());
        addSecret(password);
        getLog().info("Database " + login.redacted() + (login.source().equals("url") ? "" : " (from "
                + login.source() + ")") + (schema == null || schema.isBlank() ? "" : ", schema " + schema));
        MigrationsConfiguration config = Migrations.configure()
                .directory(directorySpec())
                .directoryFormat(format())
                .classLoader(getClass().getClassLoader())
                .url(login.url())
                .allowPooler(allowPooler);
        if (notBlank(schema)) {
            config.schema(schema.strip());
        }
        if (notBlank(revisionsSchema)) {
            config.revisionsSchema(revisionsSchema.strip());
        }
        if (notBlank(revisionsTable)) {
            config.revisionsTable(revisionsTable.strip());
        }
        Duration lock = Durations.parse(lockTimeout, "lockTimeout (migrations.lockTimeout)");
        if (lock != null) {
            config.lockTimeout(lock);
        }
        goalOptions.accept(config);
        // The driver registers itself with DriverManager when its class is initialised; in a plugin's class realm
        // nothing else may have done so yet.
        try {
            Class.forName("org.postgresql.Driver", true, getClass().getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the PostgreSQL driver is missing from the plugin's class path", e);
        }
        return config.load();
    }

    /** The settings.xml server's credentials, decrypted; empty when there is no such server. */
    private Optional<DatabaseLogin.ServerCredentials> serverCredentials() {
        String id = notBlank(serverId) ? serverId.strip() : DEFAULT_SERVER_ID;
        Server server = settings == null ? null : settings.getServer(id);
        if (server == null) {
            if (!DEFAULT_SERVER_ID.equals(id)) {
                getLog().warn("serverId " + id + ": settings.xml has no <server> with this id");
            }
            return Optional.empty();
        }
        Server decrypted = server;
        if (decrypter != null) {
            SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
            for (SettingsProblem problem : result.getProblems()) {
                getLog().warn("settings.xml server " + id + ": " + problem.getMessage());
            }
            if (result.getServer() != null) {
                decrypted = result.getServer();
            }
        }
        addSecret(decrypted.getPassword());
        getLog().debug("login from settings.xml server " + id);
        return Optional.of(new DatabaseLogin.ServerCredentials(decrypted.getUsername(), decrypted.getPassword()));
    }

    protected static boolean notBlank(String value) {
        return value != null && !value.isBlank();
    }
}
