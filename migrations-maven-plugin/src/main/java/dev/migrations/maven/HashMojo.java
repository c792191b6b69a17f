package dev.migrations.maven;

import dev.migrations.sql.dir.DirectoryReader;
import dev.migrations.sql.dir.MigrationDirectory;
import dev.migrations.sql.dir.MigrationRoot;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Writes {@code atlas.sum} for the migration directory (in every release folder of a release root), byte-identical to
 * {@code atlas migrate hash}. Run it after an intended change to the migration files. No database.
 */
@Mojo(name = "hash", threadSafe = true)
public class HashMojo extends AbstractMigrationsMojo {

    @Override
    protected String goal() {
        return "hash";
    }

    @Override
    protected void run(Report report) {
        MigrationRoot root = DirectoryReader.read(location(), format());
        List<Map<String, Object>> written = new ArrayList<>();
        for (MigrationDirectory each : root.directories()) {
            each.writeSum();
            getLog().info("wrote " + each.sumFileDisplay() + " (" + ValidateMojo.files(each.files().size()) + ")");
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("dir", each.display());
            entry.put("sum_file", each.sumFileDisplay());
            entry.put("files", each.files().size());
            written.add(entry);
        }
        report.put("status", "OK");
        report.put("format", root.format().cliName());
        report.put("written", written);
    }
}
