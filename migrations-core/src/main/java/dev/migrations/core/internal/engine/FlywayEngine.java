package dev.migrations.core.internal.engine;

import dev.migrations.core.internal.revisions.RevisionsTable;
import dev.migrations.sql.migration.Migration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ClassProvider;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.resource.LoadableResource;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/**
 * The one place that configures Flyway: our directory instead of Flyway's scanning, our executor, no placeholder
 * rewriting, no configuration files or environment variables, and the single-connection session lock so that
 * {@code CREATE INDEX CONCURRENTLY} can run, and all pending files as one group (see {@link FileExecutor}).
 */
public final class FlywayEngine {

    private FlywayEngine() {
    }

    /**
     * What one engine run needs.
     *
     * @param pending         the files to run, by their key ({@link Migration#revisionKey()})
     * @param sessionSettings parameters set on the engine's connections for the run (name to value), e.g.
     *                        {@code statement_timeout}; a statement timeout also turns off sending statements together
     */
    public record Run(DataSource dataSource, String schema, String journalTable, String location,
            List<Migration> all, Map<String, PreparedFile> pending, RevisionsTable revisions, String operatorVersion,
            ExecutionListener listener, boolean outOfOrder, boolean singleTransaction,
            Map<String, String> sessionSettings) {

        public Run {
            sessionSettings = Map.copyOf(sessionSettings);
        }
    }

    /** Builds a Flyway instance for one run. */
    public static Flyway create(Run run) {
        EngineDataSource connections = new EngineDataSource(run.dataSource(), run.schema(), run.sessionSettings());
        ExecutionSettings execution = new ExecutionSettings(run.revisions(), run.operatorVersion(), run.listener(),
                run.singleTransaction(), !run.sessionSettings().containsKey("statement_timeout"), connections);
        FluentConfiguration cfg = Flyway.configure(FlywayEngine.class.getClassLoader())
                .dataSource(connections)
                .schemas(run.schema())
                .defaultSchema(run.schema())
                .table(run.journalTable())
                .createSchemas(false)
                .skipDefaultResolvers(true)
                .skipDefaultCallbacks(true)
                .resolvers(new DirectoryResolver(run.all(), run.pending(), run.location(), execution))
                .resourceProvider(NoResources.INSTANCE)
                .javaMigrationClassProvider(NoJavaMigrations.INSTANCE)
                .placeholderReplacement(false)
                .validateOnMigrate(false)
                .validateMigrationNaming(false)
                .failOnMissingLocations(false)
                .cleanDisabled(true)
                .connectRetries(0)
                .outOfOrder(run.outOfOrder())
                .group(true)
                .mixed(true);
        // through the plugin register, which Flyway 11.7 has too (getConfigurationExtension came later): Spring Boot
        // applications run on the Flyway their Boot pins, 11.7.2 on Boot 3.5
        cfg.getPluginRegister().getPlugin(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        return cfg.load();
    }

    private enum NoResources implements ResourceProvider {
        INSTANCE;

        @Override
        public LoadableResource getResource(String name) {
            return null;
        }

        @Override
        public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
            return List.of();
        }
    }

    private enum NoJavaMigrations implements ClassProvider<JavaMigration> {
        INSTANCE;

        @Override
        public Collection<Class<? extends JavaMigration>> getClasses() {
            return List.of();
        }
    }
}
