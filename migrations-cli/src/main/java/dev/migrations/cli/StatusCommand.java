package dev.migrations.cli;

import dev.migrations.core.internal.report.TakeoverReport;
import dev.migrations.cli.output.Json;
import dev.migrations.core.result.FileState;
import dev.migrations.core.result.FileStatus;
import dev.migrations.core.result.StatusResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code migrations migrate status}: where the database stands, like {@code atlas migrate status}. */
@Command(name = "status", description = {"Show applied and pending files and any disagreement between the directory "
        + "and the database.", "Reads only: takes no lock and writes nothing."})
public final class StatusCommand implements Callable<Integer> {

    @Mixin
    private DirectoryOptions directory;

    @Mixin
    private DatabaseOptions database;

    @Mixin
    private HistoryTableOption historyTable;

    @Mixin
    private FormatOption format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        StatusResult status = RunnerFactory.load(directory, database, historyTable::applyTo).status();
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("status", status.status());
            json.put("current", status.currentVersion().orElse(null));
            json.put("next", status.nextVersion().orElse(null));
            json.put("applied", status.executed().size());
            json.put("pending", status.pending().stream().map(FileStatus::file).toList());
            json.put("total", status.totalFiles());
            json.put("problems", status.problems());
            status.takeover().ifPresent(t -> json.put("takeover", TakeoverReport.of(t)));
            out.println(Json.write(json));
            return 0;
        }
        out.println("Migration Status: " + status.status());
        out.println("  -- Current Version: " + status.currentVersion().orElse("No migration applied yet"));
        out.println("  -- Next Version:    " + status.nextVersion().orElse("Already at latest version"));
        status.takeover().ifPresent(t -> out.println("  -- Takeover:        " + HistoryTableOption.describe(t, false)
                + " on the next apply"));
        out.println("  -- Executed Files:  " + status.executed().size());
        out.println("  -- Pending Files:   " + status.pending().size());
        for (FileStatus f : status.pending()) {
            out.println("     " + f.file() + (f.state() == FileState.PARTIAL
                    ? " (partly applied: " + f.applied() + " of " + f.total() + " statements)"
                    : f.state() == FileState.OUTDATED ? " (repeatable, changed since it was applied)" : ""));
        }
        if (!status.problems().isEmpty()) {
            out.println();
            out.println("Problems:");
            status.problems().forEach(p -> out.println("  -- " + p));
        }
        return 0;
    }
}
