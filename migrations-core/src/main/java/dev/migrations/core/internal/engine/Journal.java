package dev.migrations.core.internal.engine;

import dev.migrations.core.internal.connect.Identifiers;
import dev.migrations.core.internal.connect.TableName;
import dev.migrations.sql.migration.Migration;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Direct access to the engine journal (Flyway's schema history table) for what Flyway's open edition offers no
 * command for: baseline on a non-empty journal, set, rehash, and reconciling with the revisions table. The
 * table layout is Flyway's own, so Flyway keeps reading and writing it as usual.
 */
public final class Journal {

    private static final int DESCRIPTION_MAX = 200;
    private static final int SCRIPT_MAX = 1000;

    private final TableName name;
    private final String qualified;
    private final String appendSql;

    public Journal(String schema, String table) {
        this.name = new TableName(schema, table);
        this.qualified = name.qualified();
        this.appendSql = "INSERT INTO " + qualified + " (\"installed_rank\", \"version\", \"description\", \"type\", "
                + "\"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\") "
                + "SELECT coalesce(max(\"installed_rank\"), 0) + 1, ?, ?, ?, ?, ?, current_user, ?, true FROM "
                + qualified;
    }

    public String schema() {
        return name.schema();
    }

    public String table() {
        return name.table();
    }

    /** {@code "schema"."table"} for SQL and messages. */
    public String qualifiedName() {
        return qualified;
    }

    /** Creates the table with Flyway's layout when it does not exist. */
    public void create(Connection c) throws SQLException {
        if (exists(c)) {
            return;
        }
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE " + qualified + " ("
                    + "\"installed_rank\" integer NOT NULL, "
                    + "\"version\" varchar(50), "
                    + "\"description\" varchar(200) NOT NULL, "
                    + "\"type\" varchar(20) NOT NULL, "
                    + "\"script\" varchar(1000) NOT NULL, "
                    + "\"checksum\" integer, "
                    + "\"installed_by\" varchar(100) NOT NULL, "
                    + "\"installed_on\" timestamp NOT NULL DEFAULT now(), "
                    + "\"execution_time\" integer NOT NULL, "
                    + "\"success\" boolean NOT NULL, "
                    + "CONSTRAINT " + Identifiers.quote(name.table() + "_pk") + " PRIMARY KEY (\"installed_rank\"))");
            st.execute("CREATE INDEX " + Identifiers.quote(name.table() + "_s_idx") + " ON " + qualified + " (\"success\")");
        }
    }

    /** The table's name. */
    public TableName tableName() {
        return name;
    }

    /** True when the table exists. */
    public boolean exists(Connection c) throws SQLException {
        return name.exists(c);
    }

    /** All rows in rank order; empty when the table does not exist. */
    public List<JournalRow> readAll(Connection c) throws SQLException {
        if (!exists(c)) {
            return List.of();
        }
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(selectAll())) {
            return readRows(rs);
        }
    }

    /** The query of every row in rank order, for {@link #readRows}. */
    public String selectAll() {
        return "SELECT \"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\", "
                + "\"installed_by\", \"installed_on\", \"execution_time\", \"success\" FROM " + qualified
                + " ORDER BY 1";
    }

    /** The rows of a result of {@link #selectAll()}. */
    public List<JournalRow> readRows(ResultSet rs) throws SQLException {
        List<JournalRow> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(new JournalRow(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getString(5), rs.getObject(6, Integer.class), rs.getString(7),
                    rs.getObject(8, OffsetDateTime.class).toInstant(), rs.getInt(9), rs.getBoolean(10)));
        }
        return rows;
    }

    /** Appends a successful row: {@code type} is {@code SQL} or {@code BASELINE}. */
    public void append(Connection c, String version, String description, String type, String script,
            Integer checksum, int executionMillis) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(appendSql)) {
            bindAppend(ps, version, description, type, script, checksum, executionMillis);
            ps.executeUpdate();
        }
    }

    private static void bindAppend(PreparedStatement ps, String version, String description, String type,
            String script, Integer checksum, int executionMillis) throws SQLException {
        ps.setString(1, version);
        ps.setString(2, truncate(description, DESCRIPTION_MAX));
        ps.setString(3, type);
        ps.setString(4, truncate(script, SCRIPT_MAX));
        if (checksum == null) {
            ps.setNull(5, Types.INTEGER);
        } else {
            ps.setInt(5, checksum);
        }
        ps.setInt(6, executionMillis);
    }

    /**
     * Appends successful rows in one batch, in list order (their rank, installed_by and installed_on are the
     * table's own: next rank, current user, now).
     */
    public void appendAll(Connection c, List<JournalRow> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(appendSql)) {
            for (JournalRow row : rows) {
                bindAppend(ps, row.version(), row.description(), row.type(), row.script(), row.checksum(),
                        row.executionMillis());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** Deletes the rows of failed runs; the revisions table keeps what a partial file needs to resume. */
    public int deleteFailed(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            return st.executeUpdate("DELETE FROM " + qualified + " WHERE NOT \"success\"");
        }
    }

    /** Deletes every row of one version. */
    public void delete(Connection c, String version) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM " + qualified + " WHERE \"version\" = ?")) {
            ps.setString(1, version);
            ps.executeUpdate();
        }
    }

    /** Records a new checksum for an applied version. */
    public void updateChecksum(Connection c, String version, int checksum) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE " + qualified + " SET \"checksum\" = ? "
                + "WHERE \"version\" = ? AND \"type\" <> 'BASELINE'")) {
            ps.setInt(1, checksum);
            ps.setString(2, version);
            ps.executeUpdate();
        }
    }

    /**
     * The {@code description} of a file's rows, as Flyway writes it: the file's description, or
     * {@code << no description >>}, cut to the column's 200 characters. Flyway knows repeatable files by it.
     */
    public static String description(Migration m) {
        return truncate(m.description().isEmpty() ? "<< no description >>" : m.description(), DESCRIPTION_MAX);
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
