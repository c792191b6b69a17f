package dev.migrations.sample;

import dev.migrations.sql.dir.DirectoryFormat;
import dev.migrations.sql.dir.DirectoryLocation;
import dev.migrations.sql.migration.Migration;
import dev.migrations.sql.migration.MigrationLoader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * For the baseline walkthrough: builds the database an application had before it adopted the migration library, by
 * running the release 1.0.0 SQL directly, as {@code psql -f} or a hand-rolled runner would. No revisions table is
 * written, so the library later finds a schema with objects and no history, and must be told the version it is at.
 */
final class LegacyDatabase {

    /** The release whose files make up the legacy schema. */
    static final String RELEASE = "1.0.0";

    private static final Logger LOG = LoggerFactory.getLogger(LegacyDatabase.class);

    private LegacyDatabase() {
    }

    /**
     * Creates schema {@code app} with the objects and rows of release 1.0.0, in one transaction.
     *
     * @return the version of the last 1.0.0 file: the version to baseline at
     * @throws IllegalStateException when schema {@code app} already exists
     */
    static String create(DataSource dataSource) throws SQLException {
        List<Migration> files = files();
        try (Connection c = dataSource.getConnection()) {
            refuseExisting(c);
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + SchemaMigrator.SCHEMA);
                st.execute("SET LOCAL search_path = " + SchemaMigrator.SCHEMA);
                for (Migration file : files) {
                    st.execute(file.sql());
                    LOG.info("  ran {} directly, without the migration library", file.path());
                }
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        return files.get(files.size() - 1).versionText();
    }

    /** The version of the last 1.0.0 file: where a database made by {@link #create(DataSource)} stands. */
    static String baselineVersion() {
        List<Migration> files = files();
        return files.get(files.size() - 1).versionText();
    }

    private static List<Migration> files() {
        return MigrationLoader.load(DirectoryLocation.parse(SchemaMigrator.DIRECTORY,
                LegacyDatabase.class.getClassLoader()), DirectoryFormat.ATLAS).migrations().stream()
                .filter(file -> file.release().equals(RELEASE))
                .toList();
    }

    private static void refuseExisting(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            ps.setString(1, SchemaMigrator.SCHEMA);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    throw new IllegalStateException("schema " + SchemaMigrator.SCHEMA + " already exists in this "
                            + "database; --create-legacy-db needs a database without it (for the embedded database,"
                            + " use a new data directory: MIGRATIONS_SAMPLE_DATA=/tmp/legacy-demo java -jar "
                            + "sample-app.jar --create-legacy-db)");
                }
            }
        }
    }
}
