/**
 * How each supported layout (Atlas, Flyway, goose, dbmate, golang-migrate, Prisma) turns a migration file into the
 * statements to run and the transaction to run them in, exactly as its own tool does.
 */
package dev.migrations.sql.internal.layout;
