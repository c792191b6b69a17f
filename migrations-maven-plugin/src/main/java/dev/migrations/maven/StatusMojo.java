package dev.migrations.maven;

import dev.migrations.core.internal.report.TakeoverReport;
import dev.migrations.core.result.FileState;
import dev.migrations.core.result.FileStatus;
import dev.migrations.core.result.StatusResult;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Shows where the database stands against the directory: current and next version, applied and pending files, and
 * any problem an operator must look at (applied files edited since, versions only the database knows, partly applied
 * no-transaction files). Reads only: takes no lock and writes nothing to the database.
 */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends AbstractDatabaseMojo {

    /**
     * The history table of the tool that migrated this database before ({@code table} or {@code schema.table}); the
     * status then shows what the next apply would take over. Default: looked for where those tools keep it.
     */
    @Parameter(property = "migrations.historyTable")
    protected String historyTable;

    @Inject
    public StatusMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected String goal() {
        return "status";
    }

    @Override
    protected void run(Report report) {
        StatusResult status = load(config -> {
            if (notBlank(historyTable)) {
                config.historyTable(historyTable.strip());
            }
        }).status();
        report.put("status", status.status().name());
        report.put("current", status.currentVersion().orElse(null));
        report.put("next", status.nextVersion().orElse(null));
        report.put("applied", status.executed().size());
        report.put("pending", status.pending().stream().map(FileStatus::file).toList());
        report.put("total", status.totalFiles());
        report.put("executed", status.executed().stream().map(FileStatus::file).toList());
        report.put("problems", status.problems());
        status.takeover().ifPresent(t -> report.put("takeover", TakeoverReport.of(t)));

        getLog().info("Migration Status: " + status.status());
        getLog().info("  -- Current Version: " + status.currentVersion().orElse("No migration applied yet"));
        getLog().info("  -- Next Version:    " + status.nextVersion().orElse("Already at latest version"));
        status.takeover().ifPresent(t -> getLog().info("  -- Takeover:        " + Takeovers.describe(t, false)
                + " on the next apply"));
        getLog().info("  -- Executed Files:  " + status.executed().size());
        getLog().info("  -- Pending Files:   " + status.pending().size());
        for (FileStatus f : status.pending()) {
            getLog().info("     " + f.file() + (f.state() == FileState.PARTIAL
                    ? " (partly applied: " + f.applied() + " of " + f.total() + " statements)"
                    : f.state() == FileState.OUTDATED ? " (repeatable, changed since it was applied)" : ""));
        }
        for (String problem : status.problems()) {
            getLog().warn(scrub(phrasing().apply(problem)));
        }
    }
}
