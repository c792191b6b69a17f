package dev.migrations.sql.internal.layout;

import dev.migrations.sql.internal.analysis.SqlStatement;
import dev.migrations.sql.migration.TxMode;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The part of a migration file that runs, as the file's own tool reads it: a goose file's Up section, a dbmate file's
 * {@code migrate:up} section, a whole Atlas, Flyway, golang-migrate or Prisma file.
 *
 * @param statements   the statements in order; their lines are lines of the whole file
 * @param txMode       the transaction the file asks for; empty: the run's transaction mode decides
 * @param txModeSource what asked for {@code txMode}, for messages, e.g. {@code -- +goose NO TRANSACTION}; "" when
 *                     {@code txMode} is empty
 */
public record MigrationScript(List<SqlStatement> statements, Optional<TxMode> txMode, String txModeSource) {

    public MigrationScript {
        statements = List.copyOf(statements);
        Objects.requireNonNull(txMode, "txMode");
        Objects.requireNonNull(txModeSource, "txModeSource");
    }
}
