package dev.migrations.sql.migration;

import dev.migrations.sql.dir.MigrationRoot;

import java.util.List;
import java.util.Objects;

/**
 * The checked migrations of a location, in the order to apply them: the baseline first, versioned files by
 * version, repeatable files last (by description).
 *
 * @param root       what was read
 * @param migrations the migrations in apply order
 */
public record LoadedDirectory(MigrationRoot root, List<Migration> migrations) {

    public LoadedDirectory {
        Objects.requireNonNull(root, "root");
        migrations = List.copyOf(migrations);
    }
}
