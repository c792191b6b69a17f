/**
 * Migration directories: where they live (filesystem, classpath, jar), which files each layout (Atlas, Flyway,
 * golang-migrate) hashes and in which order, release roots, and their {@code atlas.sum}.
 */
package dev.migrations.sql.dir;
