package dev.migrations.core.engine;

import dev.migrations.sql.plan.Migration;
import java.util.Objects;
import org.flywaydb.core.api.CoreMigrationType;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.executor.MigrationExecutor;
import org.flywaydb.core.api.resolver.ResolvedMigration;
import org.flywaydb.core.extensibility.MigrationType;

/** One directory file as Flyway sees it: a standard SQL migration with our own executor and checksum. */
final class FileMigration implements ResolvedMigration {

    private final Migration migration;
    private final String location;
    private final MigrationExecutor executor;
    private final MigrationVersion version;
    private final int checksum;

    FileMigration(Migration migration, String location, MigrationExecutor executor) {
        this.migration = migration;
        this.location = location;
        this.executor = executor;
        this.version = MigrationVersion.fromVersion(migration.versionText());
        this.checksum = migration.checksum32();
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return Journal.truncate(migration.description().isEmpty() ? "<< no description >>" : migration.description(),
                200);
    }

    @Override
    public String getScript() {
        return Journal.truncate(migration.path(), 1000);
    }

    @Override
    public Integer getChecksum() {
        return checksum;
    }

    @Override
    public MigrationType getType() {
        return CoreMigrationType.SQL;
    }

    @Override
    public String getPhysicalLocation() {
        return location + "/" + migration.path();
    }

    @Override
    public MigrationExecutor getExecutor() {
        return executor;
    }

    @Override
    public boolean checksumMatches(Integer checksum) {
        return Objects.equals(checksum, this.checksum);
    }

    @Override
    public boolean checksumMatchesWithoutBeingIdentical(Integer checksum) {
        return false;
    }
}
