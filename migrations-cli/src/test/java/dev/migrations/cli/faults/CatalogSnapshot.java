package dev.migrations.cli.faults;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Everything a migration could change in one database, as sorted text lines: every schema outside the system
 * catalogs, every relation with its columns, every function, index, constraint, trigger, view, sequence value and
 * type, the content of every table (row count and digest), and the full rows of the revisions table and the engine
 * journal wherever they exist. Two snapshots are equal when the database was not changed.
 */
public record CatalogSnapshot(List<String> lines) {

    private static final String USER_SCHEMA = "n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"
            + " AND n.nspname NOT LIKE 'pg\\_temp\\_%' AND n.nspname NOT LIKE 'pg\\_toast\\_temp\\_%'";

    public static CatalogSnapshot of(Connection c) throws SQLException {
        List<String> lines = new ArrayList<>();
        query(c, lines, "SELECT 'schema ' || quote_ident(n.nspname) || ' owner ' || pg_get_userbyid(n.nspowner)"
                + " FROM pg_namespace n WHERE " + USER_SCHEMA);
        query(c, lines, "SELECT 'relation ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname) || ' kind '"
                + " || c.relkind::text || ' owner ' || pg_get_userbyid(c.relowner)"
                + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + USER_SCHEMA);
        query(c, lines, "SELECT 'column ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname) || '.'"
                + " || quote_ident(a.attname) || ' #' || a.attnum || ' ' || format_type(a.atttypid, a.atttypmod)"
                + " || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END"
                + " || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')"
                + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                + " WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'c')"
                + " AND " + USER_SCHEMA);
        query(c, lines, "SELECT 'function ' || quote_ident(n.nspname) || '.' || quote_ident(p.proname) || '('"
                + " || pg_get_function_identity_arguments(p.oid) || ') kind ' || p.prokind::text || ' returns '"
                + " || format_type(p.prorettype, NULL) || ' body ' || md5(coalesce(p.prosrc, ''))"
                + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE " + USER_SCHEMA);
        query(c, lines, "SELECT 'index ' || pg_get_indexdef(i.indexrelid) || CASE WHEN i.indisvalid THEN ''"
                + " ELSE ' INVALID' END FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE " + USER_SCHEMA);
        query(c, lines, "SELECT 'constraint ' || quote_ident(n.nspname) || '.' || quote_ident(t.relname) || ' '"
                + " || quote_ident(k.conname) || ' ' || pg_get_constraintdef(k.oid)"
                + " FROM pg_constraint k JOIN pg_class t ON t.oid = k.conrelid"
                + " JOIN pg_namespace n ON n.oid = t.relnamespace WHERE " + USER_SCHEMA);
        query(c, lines, "SELECT 'trigger ' || pg_get_triggerdef(g.oid) FROM pg_trigger g"
                + " JOIN pg_class t ON t.oid = g.tgrelid JOIN pg_namespace n ON n.oid = t.relnamespace"
                + " WHERE NOT g.tgisinternal AND " + USER_SCHEMA);
        query(c, lines, "SELECT 'view ' || quote_ident(n.nspname) || '.' || quote_ident(c.relname) || ' '"
                + " || md5(pg_get_viewdef(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relkind IN ('v', 'm') AND " + USER_SCHEMA);
        query(c, lines, "SELECT 'sequence ' || quote_ident(schemaname) || '.' || quote_ident(sequencename)"
                + " || ' last ' || coalesce(last_value::text, 'none') FROM pg_sequences");
        query(c, lines, "SELECT 'type ' || quote_ident(n.nspname) || '.' || quote_ident(t.typname) || ' '"
                + " || t.typtype::text FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace"
                + " WHERE t.typtype IN ('e', 'd', 'c', 'r', 'm') AND (t.typrelid = 0 OR EXISTS (SELECT 1"
                + " FROM pg_class r WHERE r.oid = t.typrelid AND r.relkind = 'c')) AND " + USER_SCHEMA);
        query(c, lines, "SELECT 'extension ' || extname || ' ' || extversion FROM pg_extension");
        for (String table : strings(c, "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)"
                + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relkind IN ('r', 'p') AND " + USER_SCHEMA)) {
            query(c, lines, "SELECT 'content " + table.replace("'", "''") + " ' || count(*) || ' rows '"
                    + " || md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) FROM " + table + " t");
        }
        for (String table : strings(c, "SELECT quote_ident(n.nspname) || '.' || quote_ident(c.relname)"
                + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relkind IN ('r', 'p') AND c.relname IN ('atlas_schema_revisions', 'migrations_journal')"
                + " AND " + USER_SCHEMA)) {
            query(c, lines, "SELECT 'row " + table.replace("'", "''") + " ' || t::text FROM " + table + " t");
        }
        lines.sort(null);
        return new CatalogSnapshot(List.copyOf(lines));
    }

    /** This snapshot without the lines {@code dropped} matches. */
    public CatalogSnapshot without(Predicate<String> dropped) {
        return new CatalogSnapshot(lines.stream().filter(dropped.negate()).toList());
    }

    private static void query(Connection c, List<String> into, String sql) throws SQLException {
        into.addAll(strings(c, sql));
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        return found;
    }

    @Override
    public String toString() {
        return String.join("\n", lines);
    }
}
