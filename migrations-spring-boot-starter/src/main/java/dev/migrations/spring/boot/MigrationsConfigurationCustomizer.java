package dev.migrations.spring.boot;

import dev.migrations.core.MigrationsConfiguration;

/**
 * Customizes the {@link MigrationsConfiguration} the starter built from the {@code migrations.*} properties, before
 * it is loaded: for what has no property (a {@code MigrationListener}, a class loader) or is computed. Every bean of
 * this type is applied, in {@code @Order} order; what a customizer sets wins over the properties.
 */
@FunctionalInterface
public interface MigrationsConfigurationCustomizer {

    /** Changes the configuration in place. */
    void customize(MigrationsConfiguration configuration);
}
