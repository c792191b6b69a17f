package dev.migrations.cli;

import dev.migrations.cli.output.Json;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import dev.migrations.core.result.RehashResult;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code migrations migrate rehash}: records the current content of edited applied files as applied. */
@Command(name = "rehash", description = {"Record the current hashes of applied files that were edited on purpose.",
        "Use it after 'migrate hash' when an applied file was changed and the database already matches the change."})
public final class RehashCommand implements Callable<Integer> {

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
        RehashResult result = RunnerFactory.load(directory, database, config -> { }).rehash();
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("status", "OK");
            json.put("edited", result.editedFiles());
            json.put("hash_updated", result.hashUpdated());
            out.println(Json.write(json));
        } else if (result.editedFiles().isEmpty() && result.hashUpdated().isEmpty()) {
            out.println("Every applied file already matches its recorded hash");
        } else {
            result.editedFiles().forEach(f -> out.println("recorded the edited content of " + f + " as applied"));
            if (!result.hashUpdated().isEmpty()) {
                out.println("updated the recorded atlas.sum hash of " + result.hashUpdated().size()
                        + " later file(s) (content unchanged)");
            }
        }
        return 0;
    }
}
