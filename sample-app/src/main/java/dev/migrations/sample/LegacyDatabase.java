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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * For the baseline walkthrough ({@code --create-legacy-db}): builds the database an application had before it adopted
 * the migration library, by running the release 1.0.0 SQL directly, as {@code psql -f} or a hand-rolled runner would.
 * No revisions table is written, so the starter later finds a schema with objects and no history, and must be told
 * the version it is at ({@code --baseline}, the property {@code migrations.baseline-version}).
 */
@Component
public class LegacyDatabase {

    /** The release whose files make up the legacy schema. */
    public static final String RELEASE = "1.0.0";
    /** Where the sample's migrations are; {@code migrations.directory} in {@code application.properties}. */
    static final String DIRECTORY = "classpath:db/migrations";

    private static final Logger LOG = LoggerFactory.getLogger(LegacyDatabase.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final String schema;
    private final String directory;

    LegacyDatabase(JdbcTemplate jdbc, TransactionTemplate transaction, @Value("${migrations.schema}") String schema,
            @Value("${migrations.directory}") String directory) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.schema = schema;
        this.directory = directory;
    }

    /**
     * Creates the schema with the objects and rows of release 1.0.0, in one transaction.
     *
     * @return the version of the last 1.0.0 file: the version to baseline at
     * @throws IllegalStateException when the schema already exists
     */
    public String create() {
        List<Migration> files = files(directory);
        Boolean exists = jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = ?)",
                Boolean.class, schema);
        if (Boolean.TRUE.equals(exists)) {
            throw new IllegalStateException("schema " + schema + " already exists in this database; "
                    + "--create-legacy-db needs a database without it (for the embedded database, use a new data "
                    + "directory: MIGRATIONS_SAMPLE_DATA=/tmp/legacy-demo/pgdata java -jar sample-app.jar "
                    + "--create-legacy-db)");
        }
        String quoted = "\"" + schema.replace("\"", "\"\"") + "\"";
        transaction.executeWithoutResult(status -> {
            jdbc.execute("CREATE SCHEMA " + quoted);
            jdbc.execute("SET LOCAL search_path = " + quoted);
            for (Migration file : files) {
                jdbc.execute(file.sql());
                LOG.info("  ran {} directly, without the migration library", file.path());
            }
        });
        return files.get(files.size() - 1).versionText();
    }

    /** The version of the last 1.0.0 file of {@code directory}: where a database made by {@link #create()} stands. */
    static String baselineVersion(String directory) {
        List<Migration> files = files(directory);
        return files.get(files.size() - 1).versionText();
    }

    private static List<Migration> files(String directory) {
        return MigrationLoader.load(DirectoryLocation.parse(directory, LegacyDatabase.class.getClassLoader()),
                DirectoryFormat.ATLAS).migrations().stream()
                .filter(file -> file.release().equals(RELEASE))
                .toList();
    }
}
