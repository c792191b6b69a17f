package dev.migrations.cli;

import dev.migrations.cli.output.Json;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code migrations migrate set V}: moves the recorded version without running files, like {@code atlas migrate set}. */
@Command(name = "set", description = {"Mark every file up to <version> as applied (without running it) and forget "
        + "every file above it.", "For repairs after changes made by hand; runs in one transaction under the lock."})
public final class SetCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "<version>", description = "The version the database is at.")
    private String version;

    @Mixin
    private DirectoryOptions directory;

    @Mixin
    private DatabaseOptions database;

    @Mixin
    private FormatOption format;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        List<String> changed = RunnerFactory.load(directory, database, config -> { }).set(version).changedVersions();
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("status", "OK");
            json.put("current", version);
            json.put("changed", changed);
            out.println(Json.write(json));
        } else {
            out.println("Set to version " + version + " (" + changed.size() + " revision(s) changed"
                    + (changed.isEmpty() ? "" : ": " + String.join(", ", changed)) + ")");
        }
        return 0;
    }
}
