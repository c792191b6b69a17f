package dev.migrations.core.internal.connect;

/** Quoting of PostgreSQL identifiers and literals; every name this library puts in SQL goes through here. */
public final class Identifiers {

    private Identifiers() {
    }

    /** {@code app} -> {@code "app"}; embedded double quotes are doubled. */
    public static String quote(String identifier) {
        if (identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("identifier contains a NUL character");
        }
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * {@code it's} -> {@code E'it''s'}: a string literal that reads the same whatever
     * {@code standard_conforming_strings} is (backslashes and quotes doubled).
     */
    public static String literal(String value) {
        if (value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("string literal contains a NUL character");
        }
        return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** {@code "schema"."table"}. */
    public static String qualified(String schema, String table) {
        return quote(schema) + "." + quote(table);
    }
}
