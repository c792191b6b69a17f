package dev.migrations.spring.boot;

import dev.migrations.core.Migrations;

/**
 * What {@code migrations.mode=migrate} does at start-up with the loaded {@link Migrations}; a bean of this type
 * replaces the default, which calls {@link Migrations#migrate()}. For example, report the status first, or migrate
 * only on some instances. It runs before JPA, JDBC templates and jOOQ are created.
 */
@FunctionalInterface
public interface MigrationsStrategy {

    /** Runs the migration (or whatever the application decides instead). */
    void migrate(Migrations migrations);
}
