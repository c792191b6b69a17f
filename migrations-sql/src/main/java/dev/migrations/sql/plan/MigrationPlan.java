package dev.migrations.sql.plan;

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
public record MigrationPlan(MigrationRoot root, List<Migration> migrations) {

    public MigrationPlan {
        Objects.requireNonNull(root, "root");
        migrations = List.copyOf(migrations);
    }
}
