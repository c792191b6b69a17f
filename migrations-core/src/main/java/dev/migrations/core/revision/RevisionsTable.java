package dev.migrations.core.revision;

import dev.migrations.core.connect.Identifiers;
import dev.migrations.core.connect.TableName;
import dev.migrations.sql.MigrationsException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Atlas-compatible revisions table ({@code atlas_schema_revisions} by default): created, read and written
 * with the column names, types and meanings the Atlas CLI uses, so {@code atlas migrate status} can read it.
 */
public final class RevisionsTable {

    private final TableName name;
    private final String qualified;

    public RevisionsTable(String schema, String table) {
        this.name = new TableName(schema, table);
        this.qualified = name.qualified();
    }

    public String schema() {
        return name.schema();
    }

    public String table() {
        return name.table();
    }

    /** {@code "schema"."table"} for messages. */
    public String qualifiedName() {
        return qualified;
    }

    /** True when the table exists. */
    public boolean exists(Connection c) throws SQLException {
        return name.exists(c);
    }

    /** The columns Atlas reads, with their definitions, in table order. */
    private static final Map<String, String> COLUMNS = columns();

    private static Map<String, String> columns() {
        Map<String, String> c = new LinkedHashMap<>();
        c.put("version", "character varying NOT NULL");
        c.put("description", "character varying NOT NULL");
        c.put("type", "bigint NOT NULL DEFAULT 2");
        c.put("applied", "bigint NOT NULL DEFAULT 0");
        c.put("total", "bigint NOT NULL DEFAULT 0");
        c.put("executed_at", "timestamptz NOT NULL");
        c.put("execution_time", "bigint NOT NULL");
        c.put("error", "text NULL");
        c.put("error_stmt", "text NULL");
        c.put("hash", "character varying NOT NULL");
        c.put("partial_hashes", "jsonb NULL");
        c.put("operator_version", "character varying NOT NULL");
        return Collections.unmodifiableMap(c);
    }

    /** Creates the table when it does not exist. */
    public void create(Connection c) throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE TABLE IF NOT EXISTS ").append(qualified).append(" (");
        COLUMNS.forEach((name, definition) -> ddl.append(Identifiers.quote(name)).append(' ').append(definition)
                .append(", "));
        ddl.append("PRIMARY KEY (\"version\"))");
        try (Statement st = c.createStatement()) {
            st.execute(ddl.toString());
        }
    }

    /** Refuses a table that lost a column Atlas and this library read (changed by hand or by another tool). */
    private void requireColumns(Connection c) throws SQLException {
        Set<String> present = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT a.attname FROM pg_catalog.pg_attribute a "
                + "JOIN pg_catalog.pg_class t ON t.oid = a.attrelid JOIN pg_catalog.pg_namespace n "
                + "ON n.oid = t.relnamespace WHERE n.nspname = ? AND t.relname = ? AND a.attnum > 0 "
                + "AND NOT a.attisdropped")) {
            ps.setString(1, name.schema());
            ps.setString(2, name.table());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    present.add(rs.getString(1));
                }
            }
        }
        for (Map.Entry<String, String> column : COLUMNS.entrySet()) {
            if (!present.contains(column.getKey())) {
                throw new MigrationsException("the revisions table " + qualified + " has no column "
                        + Identifiers.quote(column.getKey()) + ": it was changed by hand or by another tool. Restore "
                        + "the column (" + column.getKey() + " " + column.getValue() + ") and run the command "
                        + "again. Nothing was changed.");
            }
        }
    }

    /** Every row, in no particular order; empty when the table does not exist. */
    public List<Revision> readAll(Connection c) throws SQLException {
        if (!exists(c)) {
            return List.of();
        }
        requireColumns(c);
        List<Revision> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(selectColumns())) {
            while (rs.next()) {
                rows.add(read(rs));
            }
        }
        return rows;
    }

    /** The row of one version, if present. */
    public Optional<Revision> find(Connection c, String version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(selectColumns() + " WHERE \"version\" = ?")) {
            ps.setString(1, version);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Inserts the row or replaces the row with the same version. */
    public void upsert(Connection c, Revision r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + qualified + " (\"version\", \"description\", "
                + "\"type\", \"applied\", \"total\", \"executed_at\", \"execution_time\", \"error\", \"error_stmt\", "
                + "\"hash\", \"partial_hashes\", \"operator_version\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?) "
                + "ON CONFLICT (\"version\") DO UPDATE SET \"description\" = EXCLUDED.\"description\", "
                + "\"type\" = EXCLUDED.\"type\", \"applied\" = EXCLUDED.\"applied\", \"total\" = EXCLUDED.\"total\", "
                + "\"executed_at\" = EXCLUDED.\"executed_at\", \"execution_time\" = EXCLUDED.\"execution_time\", "
                + "\"error\" = EXCLUDED.\"error\", \"error_stmt\" = EXCLUDED.\"error_stmt\", "
                + "\"hash\" = EXCLUDED.\"hash\", \"partial_hashes\" = EXCLUDED.\"partial_hashes\", "
                + "\"operator_version\" = EXCLUDED.\"operator_version\"")) {
            ps.setString(1, r.version());
            ps.setString(2, r.description());
            ps.setLong(3, r.type());
            ps.setLong(4, r.applied());
            ps.setLong(5, r.total());
            ps.setTimestamp(6, Timestamp.from(r.executedAt()));
            ps.setLong(7, r.executionNanos());
            ps.setString(8, r.error());
            ps.setString(9, r.errorStatement());
            ps.setString(10, r.hash());
            if (r.partialHashes() == null) {
                ps.setNull(11, Types.VARCHAR);
            } else {
                ps.setString(11, JsonStrings.array(r.partialHashes()));
            }
            ps.setString(12, r.operatorVersion());
            ps.executeUpdate();
        }
    }

    /** Deletes the row of one version. */
    public void delete(Connection c, String version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + qualified + " WHERE \"version\" = ?")) {
            ps.setString(1, version);
            ps.executeUpdate();
        }
    }

    private String selectColumns() {
        return "SELECT \"version\", \"description\", \"type\", \"applied\", \"total\", \"executed_at\", "
                + "\"execution_time\", \"error\", \"error_stmt\", \"hash\", \"partial_hashes\"::text, "
                + "\"operator_version\" FROM " + qualified;
    }

    private static Revision read(ResultSet rs) throws SQLException {
        String partial = rs.getString(11);
        return new Revision(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                rs.getTimestamp(6).toInstant(), rs.getLong(7), rs.getString(8), rs.getString(9), rs.getString(10),
                partial == null ? null : JsonStrings.parseArray(partial), rs.getString(12));
    }
}
