package dev.migrations.maven;

import dev.migrations.error.MigrationsException;
import dev.migrations.sql.dir.DirectoryReader;
import dev.migrations.sql.dir.MigrationDirectory;
import dev.migrations.sql.dir.MigrationRoot;
import dev.migrations.error.SumFileException;
import dev.migrations.error.SumMismatchException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks that the migration files match {@code atlas.sum} (every release folder of a release root), without a
 * database, like {@code atlas migrate validate}. Fails the build when a file was edited, added or removed since
 * {@code atlas.sum} was written, or when {@code atlas.sum} is missing or malformed. Bound to the {@code validate}
 * phase.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public class ValidateMojo extends AbstractMigrationsMojo {

    @Override
    protected String goal() {
        return "validate";
    }

    @Override
    protected void run(Report report) throws MojoFailureException {
        MigrationRoot root;
        try {
            root = DirectoryReader.read(location(), format());
        } catch (MigrationsException e) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("dir", location().display());
            error.put("problem", "unreadable");
            error.put("message", phrasing().apply(e.getMessage()));
            report.put("errors", List.of(error));
            throw e;
        }
        List<Map<String, Object>> passed = new ArrayList<>();
        List<Map<String, Object>> errors = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        for (MigrationDirectory each : root.directories()) {
            try {
                each.verifySum();
                getLog().info("atlas.sum matches: " + each.display() + " (" + files(each.files().size()) + ")");
                Map<String, Object> ok = new LinkedHashMap<>();
                ok.put("dir", each.display());
                ok.put("files", each.files().size());
                passed.add(ok);
            } catch (SumMismatchException e) {
                Map<String, Object> error = error(each, e.mismatch().change().word(), e);
                error.put("line", e.mismatch().line());
                error.put("file", e.mismatch().file());
                errors.add(error);
                messages.add(phrasing().apply(e.getMessage()));
            } catch (SumFileException e) {
                Map<String, Object> error = error(each, e.problem().name().toLowerCase(Locale.ROOT).replace('_', '-'), e);
                e.line().ifPresent(line -> error.put("line", line));
                error.put("file", each.sumFileDisplay());
                errors.add(error);
                messages.add(phrasing().apply(e.getMessage()));
            }
        }
        report.put("status", errors.isEmpty() ? "OK" : "FAILED");
        report.put("format", root.format().cliName());
        report.put("directories", passed);
        if (!errors.isEmpty()) {
            report.put("errors", errors);
            throw new MojoFailureException(String.join(System.lineSeparator(), messages));
        }
    }

    private Map<String, Object> error(MigrationDirectory directory, String problem, MigrationsException e) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("dir", directory.display());
        error.put("problem", problem);
        error.put("message", phrasing().apply(e.getMessage()));
        error.put("fix", "mvn migrations:hash");
        return error;
    }

    static String files(int count) {
        return count + (count == 1 ? " file" : " files");
    }
}
