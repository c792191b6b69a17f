package dev.migrations.core.internal.engine;

import dev.migrations.sql.migration.Migration;
import dev.migrations.sql.migration.MigrationKind;
import java.util.Objects;
import org.flywaydb.core.api.CoreMigrationType;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.executor.MigrationExecutor;
import org.flywaydb.core.api.resolver.ResolvedMigration;
import org.flywaydb.core.extensibility.MigrationType;

/**
 * One directory file as Flyway sees it: a standard SQL migration with our own executor and checksum. A repeatable file
 * has no version; whether it runs is this library's plan, not Flyway's checksum comparison (see
 * {@link #checksumMatches}).
 */
final class FileMigration implements ResolvedMigration {

    private final Migration migration;
    private final String location;
    private final MigrationExecutor executor;
    private final MigrationVersion version;
    private final int checksum;
    private final boolean pending;

    /**
     * @param pending whether the plan runs the file (decides whether Flyway takes a repeatable file as changed)
     */
    FileMigration(Migration migration, String location, MigrationExecutor executor, boolean pending) {
        this.migration = migration;
        this.location = location;
        this.executor = executor;
        this.version = migration.kind() == MigrationKind.REPEATABLE ? null
                : MigrationVersion.fromVersion(migration.versionText());
        this.checksum = migration.checksum32();
        this.pending = pending;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return Journal.description(migration);
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

    /**
     * Flyway runs a repeatable file again when this says its latest run's checksum does not match. The plan already
     * decided that from the same journal (and from the revisions table, which Flyway does not read: a partly applied
     * file, a run whose journal row was lost), so a repeatable file matches exactly when it is not pending.
     */
    @Override
    public boolean checksumMatches(Integer checksum) {
        if (migration.kind() == MigrationKind.REPEATABLE) {
            return !pending;
        }
        return Objects.equals(checksum, this.checksum);
    }

    @Override
    public boolean checksumMatchesWithoutBeingIdentical(Integer checksum) {
        return false;
    }
}
