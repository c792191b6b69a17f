package dev.migrations.sql.lint;

import dev.migrations.sql.lint.Ddl.AlterAction;
import dev.migrations.sql.lint.Ddl.ColumnDefinition;
import dev.migrations.sql.lint.Ddl.TableConstraint;
import dev.migrations.sql.lint.Words.QualifiedName;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the files read so far created: tables with their columns, foreign keys and NOT NULL checks, and indexes, each
 * with the file that created it. A table the files never created counts as existing: it came from elsewhere.
 */
final class SchemaContext {

    /** A column: whether it is NOT NULL, its type as written, and the file that added it. */
    record Column(boolean notNull, Words type, int file) {
    }

    record Index(String tableKey, boolean unique, int file, List<String> columns) {
    }

    private static final class Table {
        final int file;
        final Map<String, Column> columns = new HashMap<>();
        final Set<String> foreignKeys = new HashSet<>();
        final Set<String> notNullChecks = new HashSet<>();
        final Map<String, String> notNullCheckNames = new HashMap<>();
        final Map<String, String> notValidNotNullChecks = new HashMap<>();

        Table(int file) {
            this.file = file;
        }
    }

    private final Map<String, Table> tables = new HashMap<>();
    private final Map<String, Index> indexes = new HashMap<>();
    private final Map<String, Integer> schemas = new HashMap<>();

    /** Whether file number {@code file} created the schema. */
    boolean isSchemaCreatedIn(String schema, int file) {
        Integer created = schemas.get(schema);
        return created != null && created == file;
    }

    /** Whether file number {@code file} created the table: statements on it lock nobody out. */
    boolean isCreatedIn(QualifiedName table, int file) {
        Table t = tables.get(table.key());
        return t != null && t.file == file;
    }

    Optional<Column> column(QualifiedName table, String column) {
        Table t = tables.get(table.key());
        return t == null ? Optional.empty() : Optional.ofNullable(t.columns.get(column));
    }

    Optional<Index> index(QualifiedName index) {
        return Optional.ofNullable(indexes.get(index.key()));
    }

    /** Whether {@code name} is a foreign key the files created on the table. */
    boolean isForeignKey(QualifiedName table, String name) {
        Table t = tables.get(table.key());
        return t != null && t.foreignKeys.contains(name);
    }

    /** Whether a constraint {@code CHECK (column IS NOT NULL)} exists on the table. */
    boolean hasNotNullCheck(QualifiedName table, String column) {
        Table t = tables.get(table.key());
        return t != null && t.notNullChecks.contains(column);
    }

    /** Records what {@code ddl}, a statement of file number {@code file}, changes. */
    void apply(Ddl ddl, int file) {
        if (ddl instanceof Ddl.CreateTable create) {
            Table table = new Table(file);
            tables.put(create.table().key(), table);
            for (ColumnDefinition column : create.columns()) {
                addColumn(create.table(), table, column, file);
            }
            for (TableConstraint constraint : create.constraints()) {
                addConstraint(create.table(), table, constraint);
            }
        } else if (ddl instanceof Ddl.CreateSchema create) {
            schemas.put(create.schema(), file);
        } else if (ddl instanceof Ddl.DropSchema drop) {
            drop.schemas().forEach(schemas::remove);
        } else if (ddl instanceof Ddl.CreateIndex create) {
            if (!create.name().isEmpty()) {
                indexes.put(new QualifiedName(create.table().schema(), create.name(), 0).key(),
                        new Index(create.table().key(), create.unique(), file, create.columns()));
            }
        } else if (ddl instanceof Ddl.DropIndex drop) {
            drop.indexes().forEach(index -> indexes.remove(index.key()));
        } else if (ddl instanceof Ddl.DropTable drop) {
            drop.tables().forEach(table -> tables.remove(table.key()));
        } else if (ddl instanceof Ddl.RenameTable rename) {
            Table table = tables.remove(rename.table().key());
            if (table != null) {
                tables.put(new QualifiedName(rename.table().schema(), rename.newName(), 0).key(), table);
            }
        } else if (ddl instanceof Ddl.RenameColumn rename) {
            Table table = tables.get(rename.table().key());
            if (table != null && table.columns.containsKey(rename.from())) {
                table.columns.put(rename.to(), table.columns.remove(rename.from()));
            }
        } else if (ddl instanceof Ddl.AlterTable alter) {
            alter(alter, file);
        }
    }

    private void alter(Ddl.AlterTable alter, int file) {
        Table table = tables.computeIfAbsent(alter.table().key(), key -> new Table(-1));
        for (AlterAction action : alter.actions()) {
            if (action instanceof AlterAction.AddColumn add) {
                addColumn(alter.table(), table, add.column(), file);
            } else if (action instanceof AlterAction.AddConstraint add) {
                addConstraint(alter.table(), table, add.constraint());
            } else if (action instanceof AlterAction.DropColumn drop) {
                table.columns.remove(drop.column());
            } else if (action instanceof AlterAction.DropConstraint drop) {
                table.foreignKeys.remove(drop.name());
                String column = table.notNullCheckNames.remove(drop.name());
                if (column != null) {
                    table.notNullChecks.remove(column);
                }
            } else if (action instanceof AlterAction.ValidateConstraint validate) {
                String column = table.notValidNotNullChecks.remove(validate.name());
                if (column != null) {
                    table.notNullChecks.add(column);
                    table.notNullCheckNames.put(validate.name(), column);
                }
            } else if (action instanceof AlterAction.AlterColumnType change) {
                Column old = table.columns.get(change.column());
                table.columns.put(change.column(), new Column(old != null && old.notNull(), change.type(),
                        old == null ? -1 : old.file()));
            } else if (action instanceof AlterAction.SetNotNull set) {
                Column old = table.columns.get(set.column());
                table.columns.put(set.column(), new Column(true, old == null ? new Words(List.of()) : old.type(),
                        old == null ? -1 : old.file()));
            }
        }
    }

    private static void addColumn(QualifiedName name, Table table, ColumnDefinition column, int file) {
        table.columns.put(column.name(), new Column(column.notNull(), column.type(), file));
        if (column.references()) {
            table.foreignKeys.add(name.name() + "_" + column.name() + "_fkey");
        }
    }

    private static void addConstraint(QualifiedName name, Table table, TableConstraint constraint) {
        switch (constraint.kind()) {
            case FOREIGN_KEY -> table.foreignKeys.add(constraint.name().isEmpty()
                    ? name.name() + "_" + String.join("_", constraint.columns()) + "_fkey" : constraint.name());
            case PRIMARY_KEY -> constraint.columns().forEach(column -> {
                Column old = table.columns.get(column);
                if (old != null) {
                    table.columns.put(column, new Column(true, old.type(), old.file()));
                }
            });
            case CHECK -> {
                if (!constraint.notNullCheck().isEmpty()) {
                    if (constraint.notValid()) {
                        table.notValidNotNullChecks.put(constraint.name(), constraint.notNullCheck());
                    } else {
                        table.notNullChecks.add(constraint.notNullCheck());
                        table.notNullCheckNames.put(constraint.name(), constraint.notNullCheck());
                    }
                }
            }
            default -> {
            }
        }
    }
}
