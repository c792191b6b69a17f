package dev.migrations.sample;

import dev.migrations.core.MigrationListener;
import dev.migrations.core.Migrations;
import dev.migrations.core.MigrationsConfiguration;
import dev.migrations.core.result.AppliedFile;
import dev.migrations.core.result.MigrateResult;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Brings schema {@code app} up to date with the migrations shipped in the jar, once per start. */
final class SchemaMigrator {

    /** The schema every migration file works in (the files use unqualified names). */
    static final String SCHEMA = "app";
    /** The release root inside the jar: {@code 1.0.0/}, {@code 1.1.0/}, each with its own {@code atlas.sum}. */
    static final String DIRECTORY = "classpath:db/migrations";

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private SchemaMigrator() {
    }

    /**
     * Applies every pending file, logging each as it is applied.
     *
     * @param baselineVersion adopt a database that has the schema but no revisions at this version
     * @throws dev.migrations.error.MigrationsException with a message fit for the operator when anything is wrong
     */
    static MigrateResult migrate(DataSource dataSource, Optional<String> baselineVersion) {
        MigrationsConfiguration configuration = Migrations.configure()
                .dataSource(dataSource)
                .directory(DIRECTORY)
                .classLoader(SchemaMigrator.class.getClassLoader())
                .schema(SCHEMA)
                .listener(new ProgressLog());
        baselineVersion.ifPresent(version -> {
            configuration.baselineVersion(version);
            LOG.info("--baseline {}: if schema {} has no revisions yet, it is adopted at version {} and the files up"
                    + " to it are recorded without running", version, SCHEMA, version);
        });
        MigrateResult result = configuration.load().migrate();
        if (result.nothingApplied()) {
            LOG.info("nothing to apply, at version {}", result.toVersion().orElse("(none)"));
        } else {
            LOG.info("applied {} file(s) in {} ms, schema {} now at version {}", result.applied().size(),
                    result.duration().toMillis(), result.schema(), result.toVersion().orElse("(none)"));
        }
        return result;
    }

    /** Logs the run as it happens: what is pending, then each file with its duration. */
    private static final class ProgressLog implements MigrationListener {

        @Override
        public void runStarting(int pending, int totalFiles, Optional<String> fromVersion, String toVersion) {
            LOG.info("migrating schema {} from version {} to {}: {} of {} files to apply", SCHEMA,
                    fromVersion.orElse("(none)"), toVersion, pending, totalFiles);
        }

        @Override
        public void fileApplied(AppliedFile file, int number, int pending) {
            LOG.info("  [{}/{}] {} applied in {} ms ({} statement{}{})", number, pending, file.file(),
                    file.duration().toMillis(), file.statements(), file.statements() == 1 ? "" : "s",
                    file.resumedAt() > 0 ? ", resumed at statement " + (file.resumedAt() + 1) : "");
        }
    }
}
