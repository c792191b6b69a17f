package dev.migrations.core.internal.apply;

import dev.migrations.core.error.DatabaseRefusedException;
import dev.migrations.core.internal.run.Faults;
import dev.migrations.core.MigrationSettings;
import dev.migrations.core.internal.connect.Identifiers;
import dev.migrations.core.internal.engine.PreparedFile;
import dev.migrations.core.error.FaultKind;
import dev.migrations.core.internal.revisions.RevisionsTable;
import dev.migrations.sql.internal.analysis.SqlStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Checks, on the lock's session and before the run's first write, that the database can take the run: it is not a
 * hot standby or read-only, the role may create the objects the files create in the target schema and write this
 * library's tables, and the server accepts the connection the files run on. Each refusal is a
 * {@link DatabaseRefusedException} that leaves the database unchanged.
 */
final class WritePreflight {

    /** A statement creating an object in a schema; group 1 is the object's (possibly qualified) name. */
    private static final Pattern CREATES_IN_SCHEMA = Pattern.compile("^CREATE\\s+(?:OR\\s+REPLACE\\s+)?"
            + "(?:UNLOGGED\\s+)?(?:TABLE|VIEW|MATERIALIZED\\s+VIEW|SEQUENCE|FUNCTION|PROCEDURE|TYPE|DOMAIN|AGGREGATE)"
            + "\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?((?:\"[^\"]+\"|[\\p{L}_][\\p{L}\\p{N}_$]*)"
            + "(?:\\.(?:\"[^\"]+\"|[\\p{L}_][\\p{L}\\p{N}_$]*))?)", Pattern.CASE_INSENSITIVE);

    private WritePreflight() {
    }

    static void check(Connection c, MigrationSettings settings, RevisionsTable revisions,
            List<PreparedFile> pending, DataSource dataSource) throws SQLException {
        refuseReadOnly(c, settings.schema());
        refuseMissingPrivileges(c, settings, revisions, pending);
        if (!pending.isEmpty()) {
            requireSecondConnection(dataSource, settings.schema());
        }
    }

    private static void refuseReadOnly(Connection c, String schema) throws SQLException {
        try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT pg_catalog.pg_is_in_recovery(), "
                        + "pg_catalog.current_setting('transaction_read_only')")) {
            rs.next();
            if (rs.getBoolean(1)) {
                throw new DatabaseRefusedException(FaultKind.READ_ONLY, "the database is a hot standby (a read-only "
                        + "replica in recovery), so schema " + Identifiers.quote(schema) + " cannot be migrated "
                        + "there: migrate through the primary's URL. Nothing was changed.", null);
            }
            if ("on".equals(rs.getString(2))) {
                throw new DatabaseRefusedException(FaultKind.READ_ONLY, "the database only accepts reads: "
                        + "transaction_read_only is on (default_transaction_read_only is set on the database, the "
                        + "role or the connection), so schema " + Identifiers.quote(schema) + " cannot be migrated. "
                        + "Migrate through a writable connection (ALTER ROLE ... SET default_transaction_read_only = "
                        + "off, or the primary's URL). Nothing was changed.", null);
            }
        }
    }

    private static void refuseMissingPrivileges(Connection c, MigrationSettings settings, RevisionsTable revisions,
            List<PreparedFile> pending) throws SQLException {
        String schema = settings.schema();
        Optional<String> creating = firstCreation(pending, schema);
        boolean schemaExists = exists(c, "SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname = ?", schema);
        if (!schemaExists) {
            if (!query(c, "SELECT has_database_privilege(current_database(), 'CREATE')")) {
                refuse(c, "create schema " + Identifiers.quote(schema) + " (no CREATE privilege on the database)",
                        "GRANT CREATE ON DATABASE <db> TO <role>, or create the schema first");
            }
            return;
        }
        boolean tablesMissing = !exists(c, "SELECT 1 FROM pg_catalog.pg_tables WHERE schemaname = ? AND tablename "
                + "= '" + revisions.table().replace("'", "''") + "'", revisions.schema());
        if ((creating.isPresent() || tablesMissing) && !schemaPrivilege(c, schema, "CREATE")) {
            refuse(c, "create objects in schema " + Identifiers.quote(schema) + " (no CREATE privilege on it), which "
                    + creating.orElse("the revisions table") + " needs",
                    "GRANT CREATE ON SCHEMA " + Identifiers.quote(schema) + " TO <role>, or migrate as the schema's "
                            + "owner");
        }
        if (!schemaPrivilege(c, schema, "USAGE")) {
            refuse(c, "use schema " + Identifiers.quote(schema) + " (no USAGE privilege on it)",
                    "GRANT USAGE ON SCHEMA " + Identifiers.quote(schema) + " TO <role>");
        }
        if (!tablesMissing) {
            String table = revisions.qualifiedName();
            try (PreparedStatement ps = c.prepareStatement("SELECT has_table_privilege(?::regclass, "
                    + "'INSERT, UPDATE, DELETE') AND has_table_privilege(?::regclass, 'SELECT')")) {
                ps.setString(1, table);
                ps.setString(2, table);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        refuse(c, "write the revisions table " + table,
                                "GRANT SELECT, INSERT, UPDATE, DELETE ON " + table + " TO <role>");
                    }
                }
            }
        }
    }

    private static void refuse(Connection c, String what, String fix) throws SQLException {
        String role;
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_user")) {
            rs.next();
            role = rs.getString(1);
        }
        throw new DatabaseRefusedException(FaultKind.MISSING_PRIVILEGE, "the role " + Identifiers.quote(role)
                + " may not " + what + ": " + fix.replace("<role>", Identifiers.quote(role)) + ", then apply again. "
                + "Nothing was changed.", null);
    }

    /** The first pending statement that creates an object in the target schema, as {@code file line n}. */
    private static Optional<String> firstCreation(List<PreparedFile> pending, String schema) {
        for (PreparedFile file : pending) {
            for (int i = file.resumeAt(); i < file.statements().size(); i++) {
                SqlStatement statement = file.statements().get(i);
                Matcher m = CREATES_IN_SCHEMA.matcher(statement.sql().strip());
                if (m.find() && inSchema(m.group(1), schema)) {
                    return Optional.of(file.migration().path() + " line " + statement.line());
                }
            }
        }
        return Optional.empty();
    }

    private static boolean inSchema(String name, String schema) {
        int dot = name.startsWith("\"") ? name.indexOf("\".") + 1 : name.indexOf('.');
        if (dot <= 0) {
            return true;
        }
        String prefix = name.substring(0, dot);
        String unquoted = prefix.startsWith("\"") ? prefix.substring(1, prefix.length() - 1).replace("\"\"", "\"")
                : prefix.toLowerCase(Locale.ROOT);
        return unquoted.equals(schema);
    }

    private static boolean schemaPrivilege(Connection c, String schema, String privilege) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT has_schema_privilege(?, ?)")) {
            ps.setString(1, schema);
            ps.setString(2, privilege);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static boolean exists(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, parameter);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static boolean query(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** The files run on a second session: a server at its connection limit is found before anything is written. */
    private static void requireSecondConnection(DataSource dataSource, String schema) throws SQLException {
        try (Connection probe = dataSource.getConnection()) {
            probe.isValid(5);
        } catch (SQLException e) {
            if (FaultKind.of(e, false) == FaultKind.TOO_MANY_CONNECTIONS) {
                throw Faults.tooManyConnections(e, schema);
            }
            throw e;
        }
    }
}
