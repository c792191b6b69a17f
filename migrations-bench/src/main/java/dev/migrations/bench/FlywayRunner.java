package dev.migrations.bench;

import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;

/**
 * Plain Flyway as a user would configure it for PostgreSQL: a {@code filesystem:} location, placeholders off, and
 * the session lock instead of the transactional one (with the default lock {@code CREATE INDEX CONCURRENTLY}
 * waits forever for Flyway's own lock transaction). Everything else is Flyway's default.
 */
final class FlywayRunner implements Applier {

    static final String LABEL = "Flyway";

    @Override
    public String label() {
        return LABEL;
    }

    @Override
    public int apply(Workload workload, BenchDatabase database) {
        return migrate(workload.flywayDir(), database.dataSource());
    }

    /** One {@code Flyway.configure()...load().migrate()}; returns the number of migrations executed. */
    static int migrate(Path directory, DataSource dataSource) {
        FluentConfiguration cfg = Flyway.configure(FlywayRunner.class.getClassLoader())
                .dataSource(dataSource)
                .locations("filesystem:" + directory.toAbsolutePath())
                .placeholderReplacement(false);
        cfg.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        return cfg.load().migrate().migrationsExecuted;
    }
}
