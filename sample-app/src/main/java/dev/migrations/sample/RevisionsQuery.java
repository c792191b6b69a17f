package dev.migrations.sample;

import dev.migrations.sql.version.Version;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * Reads {@code app.atlas_schema_revisions}, the Atlas-compatible table the library records every file in: type 1
 * rows are baselines, type 2 rows executed files; a row with an error or fewer applied than total statements is a
 * no-transaction file that stopped part-way.
 */
final class RevisionsQuery {

    private final DataSource dataSource;

    RevisionsQuery(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The latest complete version and the number of executed files. */
    SchemaState current() throws SQLException {
        String sql = "SELECT version, (type & 2) <> 0 AS executed FROM " + SchemaMigrator.SCHEMA
                + ".atlas_schema_revisions WHERE (type & 5) <> 0 OR (error IS NULL AND applied >= total)";
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement(sql);
                ResultSet rs = ps.executeQuery()) {
            Optional<Version> latest = Optional.empty();
            int executed = 0;
            while (rs.next()) {
                Version version = Version.parse(rs.getString("version"));
                latest = latest.filter(v -> v.compareTo(version) >= 0).or(() -> Optional.of(version));
                executed += rs.getBoolean("executed") ? 1 : 0;
            }
            return new SchemaState(latest.map(Version::text), executed);
        }
    }
}
