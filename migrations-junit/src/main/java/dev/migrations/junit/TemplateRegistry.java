package dev.migrations.junit;

import dev.migrations.sql.dir.DirectoryLocation;
import dev.migrations.sql.migration.MigrationLoader;
import dev.migrations.sql.migration.LoadedDirectory;
import dev.migrations.testing.PostgresServer;
import dev.migrations.testing.TestPostgres;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * The template databases of this JVM and the copies handed out from them.
 *
 * <p>A {@link Setup} is resolved to a template by reading its directory (once per setup) and computing its
 * {@link TemplateKey}; setups with the same key share one template. Database names carry a token of this JVM, so that
 * several JVMs (build forks, builds of other projects) can share an external server: templates are
 * {@code mjt_<jvm>_<key>}, copies {@code mjc_<jvm>_<n>}. Every database of this JVM still present at exit is dropped
 * by a shutdown hook.
 */
final class TemplateRegistry {

    /** How long a copy keeps being tried while the template is in use by another session. */
    static final Duration BUSY_TIMEOUT = Duration.ofSeconds(60);

    private static final TemplateRegistry SHARED = new TemplateRegistry(TestPostgres::server, jvmToken(), true);

    private final Supplier<PostgresServer> serverSupplier;
    private final String token;
    private final boolean dropAtExit;
    private final Map<Setup, Template> bySetup = new ConcurrentHashMap<>();
    private final Map<String, Template> byKey = new ConcurrentHashMap<>();
    private final AtomicInteger copies = new AtomicInteger();
    private volatile ServerDatabases databases;

    TemplateRegistry(Supplier<PostgresServer> serverSupplier, String token, boolean dropAtExit) {
        this.serverSupplier = serverSupplier;
        this.token = token;
        this.dropAtExit = dropAtExit;
    }

    /** The registry of this JVM, on the server the project's tests use. */
    static TemplateRegistry shared() {
        return SHARED;
    }

    /** A token unique to this JVM: its process id and four random hex digits. */
    static String jvmToken() {
        return ProcessHandle.current().pid() + "_"
                + HexFormat.of().toHexDigits((short) ThreadLocalRandom.current().nextInt()).toLowerCase();
    }

    /** The prefix of every copy name of this registry. */
    String copyPrefix() {
        return "mjc_" + token + "_";
    }

    /** The prefix of every template name of this registry. */
    String templatePrefix() {
        return "mjt_" + token + "_";
    }

    ServerDatabases databases() {
        ServerDatabases current = databases;
        if (current == null) {
            synchronized (this) {
                current = databases;
                if (current == null) {
                    current = new ServerDatabases(serverSupplier.get(), BUSY_TIMEOUT);
                    databases = current;
                    if (dropAtExit) {
                        ServerDatabases forHook = current;
                        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                            forHook.dropAllQuietly(copyPrefix());
                            forHook.dropAllQuietly(templatePrefix());
                        }, "migrated-postgres-cleanup"));
                    }
                }
            }
        }
        return current;
    }

    /**
     * The template of {@code setup}, not necessarily migrated yet.
     *
     * @throws dev.migrations.error.MigrationsException when the directory cannot be read or fails its checks
     */
    Template template(Setup setup) {
        Template known = bySetup.get(setup);
        if (known != null) {
            return known;
        }
        LoadedDirectory plan = MigrationLoader.load(DirectoryLocation.parse(setup.directory(), setup.classLoader()),
                setup.format());
        String key = TemplateKey.of(plan, setup.schema());
        ServerDatabases server = databases();
        Template template = byKey.computeIfAbsent(key,
                k -> new Template(k, templatePrefix() + k.substring(0, 12), setup, server));
        bySetup.putIfAbsent(setup, template);
        return template;
    }

    /** A new database migrated as {@code setup} says: a copy of its template, which is migrated first if need be. */
    DatabaseCopy newCopy(Setup setup) {
        Template template = template(setup);
        template.ensureMigrated();
        String name = copyPrefix() + copies.incrementAndGet();
        template.copyTo(name);
        return new DatabaseCopy(databases(), name, setup);
    }

    /** The templates known, migrated or not. */
    List<Template> templates() {
        return List.copyOf(byKey.values());
    }

    /**
     * Drops every template and copy of this registry that is still on the server; the registry is not to be used
     * afterwards.
     */
    void dropAll() {
        ServerDatabases current = databases();
        for (String name : current.namesStartingWith(copyPrefix())) {
            current.drop(name, false);
        }
        for (String name : current.namesStartingWith(templatePrefix())) {
            current.drop(name, true);
        }
    }
}
