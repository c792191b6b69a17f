package dev.migrations.core.internal.connect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A schema-qualified table name.
 *
 * @param schema the schema
 * @param table  the table
 */
public record TableName(String schema, String table) {

    /**
     * Reads {@code table} or {@code schema.table}; either part may be double-quoted (then it may hold dots, and
     * {@code ""} stands for one {@code "}). Names are taken as written, like every other name in the
     * configuration: no case folding.
     *
     * @param text          the name
     * @param defaultSchema the schema of a name without one
     * @throws IllegalArgumentException when the text is not one or two names separated by a dot
     */
    public static TableName parse(String text, String defaultSchema) {
        java.util.List<String> parts = new java.util.ArrayList<>();
        StringBuilder part = new StringBuilder();
        int i = 0;
        boolean expectName = true;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (expectName && ch == '"') {
                int end = i + 1;
                while (true) {
                    int quote = text.indexOf('"', end);
                    if (quote < 0) {
                        throw invalidName(text, "a double quote is not closed");
                    }
                    if (quote + 1 < text.length() && text.charAt(quote + 1) == '"') {
                        part.append(text, end, quote + 1);
                        end = quote + 2;
                        continue;
                    }
                    part.append(text, end, quote);
                    i = quote + 1;
                    break;
                }
                expectName = false;
                if (i < text.length() && text.charAt(i) != '.') {
                    throw invalidName(text, "a quoted name must be followed by a dot or end the text");
                }
            } else if (ch == '.') {
                parts.add(part.toString());
                part.setLength(0);
                expectName = true;
                i++;
            } else if (ch == '"') {
                throw invalidName(text, "a double quote inside an unquoted name");
            } else {
                part.append(ch);
                expectName = false;
                i++;
            }
        }
        parts.add(part.toString());
        if (parts.size() > 2 || parts.stream().anyMatch(String::isEmpty)) {
            throw invalidName(text, "expected 'table' or 'schema.table'");
        }
        return parts.size() == 1 ? new TableName(defaultSchema, parts.get(0)) : new TableName(parts.get(0),
                parts.get(1));
    }

    private static IllegalArgumentException invalidName(String text, String why) {
        return new IllegalArgumentException("'" + text + "' is not a table name: " + why
                + " (quote a part that holds a dot: \"my.schema\".history)");
    }

    /** {@code "schema"."table"}, quoted, for SQL and messages. */
    public String qualified() {
        return Identifiers.qualified(schema, table);
    }

    /** The table's column names, or empty when the table does not exist. */
    public Optional<Set<String>> columns(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT a.attname FROM pg_catalog.pg_class t "
                + "JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace LEFT JOIN pg_catalog.pg_attribute a "
                + "ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped "
                + "WHERE n.nspname = ? AND t.relname = ?")) {
            ps.setString(1, schema);
            ps.setString(2, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Set<String> names = new HashSet<>();
                do {
                    if (rs.getString(1) != null) {
                        names.add(rs.getString(1));
                    }
                } while (rs.next());
                return Optional.of(names);
            }
        }
    }

    /**
     * Those of {@code tables} that exist, in one round trip that looks names up the way the server resolves them
     * ({@code to_regclass}), without reading the catalog tables themselves.
     */
    public static Set<TableName> existing(Connection c, List<TableName> tables) throws SQLException {
        StringBuilder sql = new StringBuilder("SELECT ");
        for (int i = 0; i < tables.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("to_regclass(?) IS NOT NULL");
        }
        Set<TableName> existing = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < tables.size(); i++) {
                ps.setString(i + 1, tables.get(i).qualified());
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                for (int i = 0; i < tables.size(); i++) {
                    if (rs.getBoolean(i + 1)) {
                        existing.add(tables.get(i));
                    }
                }
            }
        }
        return existing;
    }

    /** True when the table exists. */
    public boolean exists(Connection c) throws SQLException {
        return existing(c, List.of(this)).contains(this);
    }
}
