package dev.migrations.sample;

import dev.migrations.sql.version.Version;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the Atlas-compatible revisions table the library records every file in ({@code migrations.schema}.
 * {@code migrations.revisions-table}): type 1 rows are baselines, type 2 rows executed files; a row with an error or
 * fewer applied than total statements is a no-transaction file that stopped part-way.
 */
@Component
public class RevisionsQuery {

    private final JdbcClient jdbc;
    private final String table;

    RevisionsQuery(JdbcClient jdbc, @Value("${migrations.schema}") String schema,
            @Value("${migrations.revisions-table:atlas_schema_revisions}") String table) {
        this.jdbc = jdbc;
        this.table = quote(schema) + "." + quote(table);
    }

    /** The latest complete version and the number of executed files. */
    public SchemaState current() {
        List<Row> rows = jdbc.sql("SELECT version, (type & 2) <> 0 AS executed FROM " + table
                + " WHERE (type & 5) <> 0 OR (error IS NULL AND applied >= total)").query(Row.class).list();
        Optional<Version> latest = rows.stream().map(row -> Version.parse(row.version())).max(Version::compareTo);
        int executed = (int) rows.stream().filter(Row::executed).count();
        return new SchemaState(latest.map(Version::text), executed);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    record Row(String version, boolean executed) {
    }

    /**
     * Where the schema stands according to its revisions table.
     *
     * @param version      the latest version applied or adopted by baseline; empty before the first migration
     * @param appliedFiles how many files were executed (baseline rows not counted)
     */
    public record SchemaState(Optional<String> version, int appliedFiles) {
    }
}
