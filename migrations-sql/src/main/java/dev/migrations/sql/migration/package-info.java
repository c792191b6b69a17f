/**
 * The migrations to apply: every {@code atlas.sum} verified, then strict rules (numeric, unique, consistently
 * ordered versions; valid UTF-8; valid directives) that hold before anything touches a database.
 */
package dev.migrations.sql.migration;
