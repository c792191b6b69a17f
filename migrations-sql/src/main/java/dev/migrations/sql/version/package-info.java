/** Strict, numeric migration versions. */
package dev.migrations.sql.version;
