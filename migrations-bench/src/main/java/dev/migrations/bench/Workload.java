package dev.migrations.bench;

import dev.migrations.sql.dir.DirectoryFormat;
import java.nio.file.Path;

/**
 * One migration history in the three shapes the tools take: a directory with {@code atlas.sum} for our library,
 * {@code V<n>__*.sql} files for plain Flyway, and one script for {@code psql}.
 *
 * @param name       e.g. {@code generated N=1000} or {@code hatchet-atlas}
 * @param files      number of migration files
 * @param oursDir    directory for our library
 * @param oursFormat its layout
 * @param flywayDir  directory for plain Flyway ({@code filesystem:} location)
 * @param psqlScript every file's SQL in apply order, for one {@code psql} session
 */
record Workload(String name, int files, Path oursDir, DirectoryFormat oursFormat, Path flywayDir, Path psqlScript) {
}
