package dev.migrations.core.internal.revisions;

import dev.migrations.core.internal.connect.Identifiers;
import dev.migrations.core.internal.connect.TableName;
import dev.migrations.error.ErrorKind;
import dev.migrations.error.MigrationsException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
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

    /** The table's name. */
    public TableName tableName() {
        return name;
    }

    /**
     * Refuses a table that lost a column Atlas and this library read (changed by hand or by another tool).
     *
     * @param present the table's column names
     */
    public void requireColumns(Set<String> present) {
        for (Map.Entry<String, String> column : COLUMNS.entrySet()) {
            if (!present.contains(column.getKey())) {
                throw new MigrationsException(ErrorKind.DAMAGED_HISTORY, "the revisions table " + qualified + " has no column "
                        + Identifiers.quote(column.getKey()) + ": it was changed by hand or by another tool. Restore "
                        + "the column (" + column.getKey() + " " + column.getValue() + ") and run the command "
                        + "again. Nothing was changed.");
            }
        }
    }

    /** Every row, in no particular order; empty when the table does not exist. */
    public List<Revision> readAll(Connection c) throws SQLException {
        Optional<Set<String>> columns = name.columns(c);
        if (columns.isEmpty()) {
            return List.of();
        }
        requireColumns(columns.get());
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(selectAll())) {
            return readRows(rs);
        }
    }

    /** The query of every row, for {@link #readRows}. */
    public String selectAll() {
        return selectColumns();
    }

    /** The rows of a result of {@link #selectAll()}. */
    public List<Revision> readRows(ResultSet rs) throws SQLException {
        List<Revision> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(read(rs));
        }
        return rows;
    }

    /** Inserts the row or replaces the row with the same version. */
    public void upsert(Connection c, Revision r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(upsertSql("?", "?", "?", "?", "?", "?", "?", "?", "?", "?",
                "to_jsonb(?::text[])", "?"))) {
            bind(ps, r);
            ps.executeUpdate();
        }
    }

    /** {@link #upsert} of several rows, sent together in one batch. */
    public void upsertAll(Connection c, List<Revision> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(upsertSql("?", "?", "?", "?", "?", "?", "?", "?", "?", "?",
                "to_jsonb(?::text[])", "?"))) {
            for (Revision r : rows) {
                bind(ps, r);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bind(PreparedStatement ps, Revision r) throws SQLException {
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
            ps.setNull(11, Types.ARRAY);
        } else {
            // PostgreSQL turns the text array into the JSON array itself (to_jsonb), so no JSON is written here
            ps.setArray(11, ps.getConnection().createArrayOf("text", r.partialHashes().toArray(String[]::new)));
        }
        ps.setString(12, r.operatorVersion());
    }

    /**
     * The upsert of a complete revision as one self-contained statement (values written as literals), to be sent
     * together with a file's last statements inside the file's transaction. Its {@code execution_time} is measured
     * by the server: from the start of the transaction to this statement.
     *
     * @param r a complete revision (no error, no partial hashes); its execution time is not used
     */
    public String upsertInFileTransaction(Revision r) {
        if (r.error() != null || r.errorStatement() != null || r.partialHashes() != null) {
            throw new IllegalArgumentException("only a complete revision is written this way, not " + r.version());
        }
        return upsertSql(Identifiers.literal(r.version()), Identifiers.literal(r.description()), Long.toString(r.type()),
                Long.toString(r.applied()), Long.toString(r.total()),
                Identifiers.literal(DateTimeFormatter.ISO_INSTANT.format(r.executedAt())) + "::timestamptz",
                "(extract(epoch FROM clock_timestamp() - transaction_timestamp()) * 1000000000)::bigint",
                "NULL", "NULL", Identifiers.literal(r.hash()), "NULL", Identifiers.literal(r.operatorVersion()));
    }

    private String upsertSql(String... values) {
        return "INSERT INTO " + qualified + " (\"version\", \"description\", \"type\", \"applied\", \"total\", "
                + "\"executed_at\", \"execution_time\", \"error\", \"error_stmt\", \"hash\", \"partial_hashes\", "
                + "\"operator_version\") VALUES (" + String.join(", ", values) + ") "
                + "ON CONFLICT (\"version\") DO UPDATE SET \"description\" = EXCLUDED.\"description\", "
                + "\"type\" = EXCLUDED.\"type\", \"applied\" = EXCLUDED.\"applied\", \"total\" = EXCLUDED.\"total\", "
                + "\"executed_at\" = EXCLUDED.\"executed_at\", \"execution_time\" = EXCLUDED.\"execution_time\", "
                + "\"error\" = EXCLUDED.\"error\", \"error_stmt\" = EXCLUDED.\"error_stmt\", "
                + "\"hash\" = EXCLUDED.\"hash\", \"partial_hashes\" = EXCLUDED.\"partial_hashes\", "
                + "\"operator_version\" = EXCLUDED.\"operator_version\"";
    }

    /** Deletes the row of one version. */
    public void delete(Connection c, String version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + qualified + " WHERE \"version\" = ?")) {
            ps.setString(1, version);
            ps.executeUpdate();
        }
    }

    private String selectColumns() {
        return "SELECT \"version\", \"description\", \"type\", \"applied\", \"total\", "
                + "(extract(epoch FROM \"executed_at\") * 1000000)::bigint, "
                + "\"execution_time\", \"error\", \"error_stmt\", \"hash\", "
                + "CASE WHEN \"partial_hashes\" IS NULL THEN NULL "
                + "ELSE ARRAY(SELECT jsonb_array_elements_text(\"partial_hashes\")) END, "
                + "\"operator_version\" FROM " + qualified;
    }

    private static Revision read(ResultSet rs) throws SQLException {
        Array partialArray = rs.getArray(11);
        List<String> partial = partialArray == null ? null : List.of((String[]) partialArray.getArray());
        return new Revision(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                Instant.EPOCH.plus(rs.getLong(6), ChronoUnit.MICROS), rs.getLong(7), rs.getString(8), rs.getString(9),
                rs.getString(10),
                partial, rs.getString(12));
    }
}
