/**
 * Migration directories, their {@code atlas.sum} integrity files, versions and file directives.
 * Pure JDK: no JDBC, no Flyway.
 */
package dev.migrations.sql;
