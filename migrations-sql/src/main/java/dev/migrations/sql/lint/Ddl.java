package dev.migrations.sql.lint;

import dev.migrations.sql.lint.Words.QualifiedName;

import java.util.List;

/** What a statement does, read as far as the checks need. */
sealed interface Ddl {

    record CreateTable(QualifiedName table, List<ColumnDefinition> columns, List<TableConstraint> constraints)
            implements Ddl {
    }

    record CreateIndex(String name, QualifiedName table, boolean unique, boolean concurrently, List<String> columns)
            implements Ddl {
    }

    record DropIndex(List<QualifiedName> indexes, boolean concurrently) implements Ddl {
    }

    record DropTable(List<QualifiedName> tables) implements Ddl {
    }

    record CreateSchema(String schema) implements Ddl {
    }

    record DropSchema(List<String> schemas) implements Ddl {
    }

    record AlterTable(QualifiedName table, List<AlterAction> actions) implements Ddl {
    }

    record RenameTable(QualifiedName table, String newName) implements Ddl {
    }

    record RenameColumn(QualifiedName table, String from, String to) implements Ddl {
    }

    record Truncate(List<QualifiedName> tables, boolean cascade) implements Ddl {
    }

    record AddEnumValue(QualifiedName type, String value, boolean ordered) implements Ddl {
    }

    record TransactionControl(Kind kind) implements Ddl {

        enum Kind { BEGIN, COMMIT, ROLLBACK }
    }

    /** {@code SET lock_timeout}, {@code SET LOCAL lock_timeout} or {@code set_config('lock_timeout', ...)}. */
    record SetLockTimeout() implements Ddl {
    }

    record Other() implements Ddl {
    }

    /** One action of an {@code ALTER TABLE}. */
    sealed interface AlterAction {

        record AddColumn(ColumnDefinition column) implements AlterAction {
        }

        record AddConstraint(TableConstraint constraint) implements AlterAction {
        }

        record DropColumn(String column) implements AlterAction {
        }

        record DropConstraint(String name) implements AlterAction {
        }

        record AlterColumnType(String column, Words type) implements AlterAction {
        }

        record SetNotNull(String column) implements AlterAction {
        }

        record ValidateConstraint(String name) implements AlterAction {
        }

        record OtherAction() implements AlterAction {
        }
    }

    /**
     * A column as defined in {@code CREATE TABLE} or {@code ADD COLUMN}.
     *
     * @param defaultExpression the {@code DEFAULT} expression; empty when none
     * @param rewrites          serial type, identity or stored generated column: every row gets a computed value
     */
    record ColumnDefinition(String name, Words type, boolean notNull, boolean primaryKey, boolean unique,
                            Words defaultExpression, boolean rewrites, boolean references) {

        boolean hasDefault() {
            return !defaultExpression.isEmpty();
        }
    }

    /**
     * A table constraint.
     *
     * @param name            as written, "" when PostgreSQL names it
     * @param columns         its columns (for CHECK: none)
     * @param notNullCheck    for {@code CHECK (c IS NOT NULL)}: {@code c}; otherwise ""
     * @param index           for {@code USING INDEX i}: {@code i}; otherwise ""
     */
    record TableConstraint(String name, Kind kind, List<String> columns, boolean notValid, boolean usingIndex,
                           String notNullCheck, String index) {

        enum Kind { PRIMARY_KEY, UNIQUE, CHECK, FOREIGN_KEY, EXCLUDE }
    }
}
