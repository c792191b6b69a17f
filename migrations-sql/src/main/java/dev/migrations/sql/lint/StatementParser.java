package dev.migrations.sql.lint;

import dev.migrations.sql.internal.analysis.SqlToken;
import dev.migrations.sql.lint.Ddl.AlterAction;
import dev.migrations.sql.lint.Ddl.ColumnDefinition;
import dev.migrations.sql.lint.Ddl.TableConstraint;
import dev.migrations.sql.lint.Words.QualifiedName;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads the commands the checks look at; everything else is {@link Ddl.Other}. */
final class StatementParser {

    private static final Set<String> COLUMN_CONSTRAINT_STARTS = Set.of("NOT", "NULL", "DEFAULT", "PRIMARY", "UNIQUE",
            "CHECK", "REFERENCES", "CONSTRAINT", "GENERATED", "COLLATE", "DEFERRABLE", "INITIALLY", "COMPRESSION",
            "STORAGE");

    private static final Set<String> SERIAL_TYPES = Set.of("serial", "serial2", "serial4", "serial8", "smallserial",
            "bigserial");

    private StatementParser() {
    }

    static Ddl parse(Words w) {
        if (w.isEmpty()) {
            return new Ddl.Other();
        }
        if (w.is(0, "CREATE")) {
            return create(w);
        }
        if (w.is(0, "DROP")) {
            return drop(w);
        }
        if (w.is(0, "ALTER") && w.is(1, "TABLE")) {
            return alterTable(w);
        }
        if (w.are(0, "ALTER", "TYPE")) {
            return alterType(w);
        }
        if (w.is(0, "TRUNCATE")) {
            return truncate(w);
        }
        if (w.is(0, "BEGIN") || w.are(0, "START", "TRANSACTION")) {
            return new Ddl.TransactionControl(Ddl.TransactionControl.Kind.BEGIN);
        }
        if (w.is(0, "COMMIT") || w.is(0, "END")) {
            return new Ddl.TransactionControl(Ddl.TransactionControl.Kind.COMMIT);
        }
        if (w.is(0, "ROLLBACK") || w.is(0, "ABORT")) {
            return w.is(1, "TO") ? new Ddl.Other() : new Ddl.TransactionControl(Ddl.TransactionControl.Kind.ROLLBACK);
        }
        if (setsLockTimeout(w)) {
            return new Ddl.SetLockTimeout();
        }
        return new Ddl.Other();
    }

    private static boolean setsLockTimeout(Words w) {
        if (w.is(0, "SET")) {
            int i = w.is(1, "LOCAL") || w.is(1, "SESSION") ? 2 : 1;
            return w.is(i, "LOCK_TIMEOUT");
        }
        if (w.is(0, "SELECT") && w.has("SET_CONFIG")) {
            for (SqlToken token : w.tokens()) {
                if (token.type() == SqlToken.Type.STRING && token.text().equalsIgnoreCase("'lock_timeout'")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Ddl create(Words w) {
        int i = 1;
        if (w.are(i, "OR", "REPLACE")) {
            i += 2;
        }
        boolean unique = false;
        while (w.is(i, "GLOBAL") || w.is(i, "LOCAL") || w.is(i, "TEMP") || w.is(i, "TEMPORARY")
                || w.is(i, "UNLOGGED")) {
            if (w.is(i, "TEMP") || w.is(i, "TEMPORARY")) {
                return new Ddl.Other();
            }
            i++;
        }
        if (w.is(i, "UNIQUE")) {
            unique = true;
            i++;
        }
        if (w.is(i, "SCHEMA")) {
            int name = w.skipIfExists(i + 1);
            return w.is(name, "AUTHORIZATION") ? new Ddl.Other() : new Ddl.CreateSchema(w.identifier(name));
        }
        if (w.is(i, "TABLE")) {
            return createTable(w, w.skipIfExists(i + 1));
        }
        if (w.is(i, "INDEX")) {
            return createIndex(w, i + 1, unique);
        }
        return new Ddl.Other();
    }

    private static Ddl createTable(Words w, int nameIndex) {
        QualifiedName table = w.name(nameIndex);
        if (table.isEmpty()) {
            return new Ddl.Other();
        }
        List<ColumnDefinition> columns = new ArrayList<>();
        List<TableConstraint> constraints = new ArrayList<>();
        SqlToken next = w.at(table.next());
        if (next != null && next.type() == SqlToken.Type.OPEN_PARENTHESIS) {
            for (Words element : w.range(table.next() + 1, w.closing(table.next())).splitTopLevelCommas()) {
                TableConstraint constraint = tableConstraint(element);
                if (constraint != null) {
                    constraints.add(constraint);
                } else if (!element.is(0, "LIKE") && element.isIdentifier(0)) {
                    columns.add(column(element, 0));
                }
            }
        }
        return new Ddl.CreateTable(table, columns, constraints);
    }

    private static Ddl createIndex(Words w, int index, boolean unique) {
        int i = index;
        boolean concurrently = false;
        if (w.is(i, "CONCURRENTLY")) {
            concurrently = true;
            i++;
        }
        i = w.skipIfExists(i);
        String name = "";
        if (!w.is(i, "ON")) {
            QualifiedName indexName = w.name(i);
            name = indexName.name();
            i = indexName.next();
        }
        if (!w.is(i, "ON")) {
            return new Ddl.Other();
        }
        i++;
        if (w.is(i, "ONLY")) {
            i++;
        }
        QualifiedName table = w.name(i);
        return new Ddl.CreateIndex(name, table, unique, concurrently, columnNames(w.firstGroup(table.next())));
    }

    private static Ddl drop(Words w) {
        if (w.is(1, "INDEX")) {
            int i = 2;
            boolean concurrently = w.is(i, "CONCURRENTLY");
            if (concurrently) {
                i++;
            }
            return new Ddl.DropIndex(names(w.from(w.skipIfExists(i))), concurrently);
        }
        if (w.is(1, "TABLE")) {
            return new Ddl.DropTable(names(w.from(w.skipIfExists(2))));
        }
        if (w.is(1, "SCHEMA")) {
            List<String> schemas = new ArrayList<>();
            for (QualifiedName name : names(w.from(w.skipIfExists(2)))) {
                schemas.add(name.name());
            }
            return new Ddl.DropSchema(schemas);
        }
        return new Ddl.Other();
    }

    /** The names of a comma list such as {@code a, s.b CASCADE}. */
    private static List<QualifiedName> names(Words list) {
        List<QualifiedName> names = new ArrayList<>();
        for (Words item : list.splitTopLevelCommas()) {
            QualifiedName name = item.name(0);
            if (!name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private static Ddl truncate(Words w) {
        int i = w.is(1, "TABLE") ? 2 : 1;
        List<QualifiedName> tables = new ArrayList<>();
        for (Words item : w.from(i).splitTopLevelCommas()) {
            QualifiedName name = item.name(item.is(0, "ONLY") ? 1 : 0);
            if (!name.isEmpty()) {
                tables.add(name);
            }
        }
        return new Ddl.Truncate(tables, w.hasTopLevel("CASCADE"));
    }

    private static Ddl alterType(Words w) {
        QualifiedName type = w.name(2);
        int i = type.next();
        if (!w.are(i, "ADD", "VALUE")) {
            return new Ddl.Other();
        }
        i = w.skipIfExists(i + 2);
        SqlToken value = w.at(i);
        return new Ddl.AddEnumValue(type, value == null ? "" : value.text(),
                w.is(i + 1, "BEFORE") || w.is(i + 1, "AFTER"));
    }

    private static Ddl alterTable(Words w) {
        int i = w.skipIfExists(2);
        if (w.is(i, "ONLY")) {
            i++;
        }
        QualifiedName table = w.name(i);
        if (table.isEmpty()) {
            return new Ddl.Other();
        }
        i = table.next();
        if (w.at(i) != null && w.at(i).isSymbol('*')) {
            i++;
        }
        if (w.is(i, "RENAME")) {
            if (w.is(i + 1, "TO")) {
                return new Ddl.RenameTable(table, w.identifier(i + 2));
            }
            if (w.is(i + 1, "CONSTRAINT")) {
                return new Ddl.Other();
            }
            int column = w.is(i + 1, "COLUMN") ? i + 2 : i + 1;
            return new Ddl.RenameColumn(table, w.identifier(column), w.identifier(column + 2));
        }
        List<AlterAction> actions = new ArrayList<>();
        for (Words action : w.from(i).splitTopLevelCommas()) {
            actions.add(alterAction(action));
        }
        return new Ddl.AlterTable(table, actions);
    }

    private static AlterAction alterAction(Words a) {
        if (a.is(0, "ADD")) {
            TableConstraint constraint = tableConstraint(a.from(1));
            if (constraint != null) {
                return new AlterAction.AddConstraint(constraint);
            }
            int i = a.skipIfExists(a.is(1, "COLUMN") ? 2 : 1);
            return a.isIdentifier(i) ? new AlterAction.AddColumn(column(a, i)) : new AlterAction.OtherAction();
        }
        if (a.is(0, "DROP")) {
            if (a.is(1, "CONSTRAINT")) {
                return new AlterAction.DropConstraint(a.identifier(a.skipIfExists(2)));
            }
            int i = a.skipIfExists(a.is(1, "COLUMN") ? 2 : 1);
            return new AlterAction.DropColumn(a.identifier(i));
        }
        if (a.are(0, "VALIDATE", "CONSTRAINT")) {
            return new AlterAction.ValidateConstraint(a.identifier(2));
        }
        if (a.is(0, "ALTER")) {
            int i = a.is(1, "COLUMN") ? 2 : 1;
            String column = a.identifier(i);
            if (a.are(i + 1, "SET", "DATA", "TYPE")) {
                return new AlterAction.AlterColumnType(column, typeOf(a.from(i + 4)));
            }
            if (a.is(i + 1, "TYPE")) {
                return new AlterAction.AlterColumnType(column, typeOf(a.from(i + 2)));
            }
            if (a.are(i + 1, "SET", "NOT", "NULL")) {
                return new AlterAction.SetNotNull(column);
            }
        }
        return new AlterAction.OtherAction();
    }

    /** The type of {@code ALTER COLUMN ... TYPE}: up to {@code USING} or {@code COLLATE}. */
    private static Words typeOf(Words w) {
        int end = w.size();
        int using = w.indexOfTopLevel("USING", 0);
        int collate = w.indexOfTopLevel("COLLATE", 0);
        if (using >= 0) {
            end = using;
        }
        if (collate >= 0 && collate < end) {
            end = collate;
        }
        return w.range(0, end);
    }

    /** The column defined from {@code index} (its name) on. */
    private static ColumnDefinition column(Words w, int index) {
        String name = w.identifier(index);
        int typeEnd = index + 1;
        int depth = 0;
        while (typeEnd < w.size()) {
            SqlToken token = w.at(typeEnd);
            if (depth == 0 && token.type() == SqlToken.Type.WORD
                    && COLUMN_CONSTRAINT_STARTS.contains(token.text().toUpperCase(java.util.Locale.ROOT))) {
                break;
            }
            if (token.type() == SqlToken.Type.OPEN_PARENTHESIS) {
                depth++;
            } else if (token.type() == SqlToken.Type.CLOSE_PARENTHESIS) {
                depth--;
            }
            typeEnd++;
        }
        Words type = w.range(index + 1, typeEnd);
        Words rest = w.from(typeEnd);
        boolean primaryKey = rest.hasTopLevel("PRIMARY", "KEY");
        boolean notNull = primaryKey || rest.hasTopLevel("NOT", "NULL");
        Words defaultExpression = new Words(List.of());
        int defaultIndex = rest.indexOfTopLevel("DEFAULT", 0);
        if (defaultIndex >= 0) {
            int end = defaultIndex + 1;
            int d = 0;
            while (end < rest.size()) {
                SqlToken token = rest.at(end);
                if (d == 0 && token.type() == SqlToken.Type.WORD && end > defaultIndex + 1
                        && COLUMN_CONSTRAINT_STARTS.contains(token.text().toUpperCase(java.util.Locale.ROOT))) {
                    break;
                }
                if (token.type() == SqlToken.Type.OPEN_PARENTHESIS) {
                    d++;
                } else if (token.type() == SqlToken.Type.CLOSE_PARENTHESIS) {
                    d--;
                }
                end++;
            }
            defaultExpression = rest.range(defaultIndex + 1, end);
        }
        boolean serial = type.size() == 1 && SERIAL_TYPES.contains(type.identifier(0));
        boolean generated = rest.hasTopLevel("GENERATED") && (rest.hasTopLevel("IDENTITY")
                || rest.hasTopLevel("STORED"));
        return new ColumnDefinition(name, type, notNull, primaryKey, rest.hasTopLevel("UNIQUE"), defaultExpression,
                serial || generated, rest.hasTopLevel("REFERENCES"));
    }

    /** The table constraint {@code element} defines, or {@code null} if it is not one. */
    private static TableConstraint tableConstraint(Words element) {
        int i = 0;
        String name = "";
        if (element.is(0, "CONSTRAINT")) {
            name = element.identifier(1);
            i = 2;
        }
        TableConstraint.Kind kind;
        if (element.are(i, "PRIMARY", "KEY")) {
            kind = TableConstraint.Kind.PRIMARY_KEY;
        } else if (element.is(i, "UNIQUE")) {
            kind = TableConstraint.Kind.UNIQUE;
        } else if (element.is(i, "CHECK")) {
            kind = TableConstraint.Kind.CHECK;
        } else if (element.are(i, "FOREIGN", "KEY")) {
            kind = TableConstraint.Kind.FOREIGN_KEY;
        } else if (element.is(i, "EXCLUDE")) {
            kind = TableConstraint.Kind.EXCLUDE;
        } else {
            return null;
        }
        boolean usingIndex = element.hasTopLevel("USING", "INDEX");
        List<String> columns = kind == TableConstraint.Kind.CHECK ? List.of() : columnNames(element.firstGroup(i));
        String notNullCheck = "";
        if (kind == TableConstraint.Kind.CHECK) {
            Words check = element.firstGroup(i);
            if (check.size() == 4 && check.isIdentifier(0) && check.are(1, "IS", "NOT", "NULL")) {
                notNullCheck = check.identifier(0);
            }
        }
        String index = "";
        if (usingIndex) {
            for (int u = i; u < element.size(); u++) {
                if (element.are(u, "USING", "INDEX")) {
                    index = element.identifier(u + 2);
                    break;
                }
            }
        }
        return new TableConstraint(name, kind, columns, element.hasTopLevel("NOT", "VALID"), usingIndex,
                notNullCheck, index);
    }

    /** The plain column names of a list such as {@code (a, "B" DESC, lower(c))}; expressions are left out. */
    private static List<String> columnNames(Words list) {
        List<String> names = new ArrayList<>();
        for (Words item : list.splitTopLevelCommas()) {
            if (item.isIdentifier(0) && (item.size() == 1 || item.at(1).type() != SqlToken.Type.OPEN_PARENTHESIS)) {
                names.add(item.identifier(0));
            }
        }
        return names;
    }
}
